package dev.stackwatch.dropwizard.prometheus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.model.ResourceModel;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * Hands every fixed path Jersey serves (method and path of each resource method the application
 * declared) to the request filter once Jersey has built its model, before the first request.
 * Paths with a template ({id}) are left out: each of their values would be a label value.
 */
class JerseyRoutes implements ApplicationEventListener {
    private final String prefix;
    private final Consumer<List<Route>> knownRoutes;

    /** prefix: the context path and Jersey's URL pattern before its resource paths ("" or "/api"). */
    JerseyRoutes(String prefix, Consumer<List<Route>> knownRoutes) {
        this.prefix = prefix;
        this.knownRoutes = knownRoutes;
    }

    @Override
    public void onEvent(ApplicationEvent event) {
        if (event.getType() == ApplicationEvent.Type.INITIALIZATION_FINISHED) {
            knownRoutes.accept(routes(event.getResourceModel()));
        }
    }

    @Override
    public RequestEventListener onRequest(RequestEvent requestEvent) {
        return null;
    }

    List<Route> routes(ResourceModel model) {
        final List<Route> routes = new ArrayList<>();
        for (Resource resource : model.getResources()) {
            collect(resource, join(prefix, resource.getPath()), routes);
        }
        return routes;
    }

    private static void collect(Resource resource, String path, List<Route> routes) {
        if (path.contains("{")) {
            return;
        }
        for (ResourceMethod method : resource.getResourceMethods()) {
            // Extended methods are the OPTIONS/HEAD handlers Jersey adds itself.
            if (!method.isExtended()) {
                routes.add(new Route(method.getHttpMethod(), path));
            }
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, join(path, child.getPath()), routes);
        }
    }

    static String join(String base, String path) {
        final String joined = ("/" + base + "/" + (path == null ? "" : path)).replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
