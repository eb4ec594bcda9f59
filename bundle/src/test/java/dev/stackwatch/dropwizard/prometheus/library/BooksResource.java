package dev.stackwatch.dropwizard.prometheus.library;

import com.codahale.metrics.Histogram;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.annotation.Timed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** Books and loans, with Codahale metrics of its own: a timer per method, meters, a histogram. */
@Path("/books")
@Produces(MediaType.APPLICATION_JSON)
public class BooksResource {
    private static final Map<Integer, String> TITLES = Map.of(1, "Dune", 2, "Emma", 3, "Ulysses");

    private final Meter granted;
    private final Meter refused;
    private final Histogram pages;
    private volatile boolean catalogOpen = true;

    public BooksResource(MetricRegistry metrics) {
        granted = metrics.meter("library.loans.granted");
        refused = metrics.meter("library.loans.refused");
        pages = metrics.histogram("library.book.pages");
    }

    boolean catalogOpen() {
        return catalogOpen;
    }

    @GET
    @Timed
    public List<String> list() {
        return List.copyOf(TITLES.values());
    }

    @GET
    @Path("/{id}")
    @Timed
    public String title(@PathParam("id") int id) {
        final String title = TITLES.get(id);
        if (title == null) {
            throw new NotFoundException();
        }
        pages.update(100 * id);
        return title;
    }

    /** Lends book id when it exists; counted as granted or refused. */
    @POST
    @Path("/{id}/loans")
    @Timed
    public String lend(@PathParam("id") int id) {
        (TITLES.containsKey(id) ? granted : refused).mark();
        return TITLES.containsKey(id) ? "granted" : "refused";
    }

    @POST
    @Path("/catalog")
    public String setCatalog(@QueryParam("open") boolean open) {
        catalogOpen = open;
        return String.valueOf(open);
    }
}
