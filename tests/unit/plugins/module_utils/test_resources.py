import pytest

from stackwatch_checks.resources import cpus_problems, memory_problems, retention_size_problems

MEMORY = 'stack_components.orders.memory'
CPUS = 'stack_components.orders.cpus'
RETENTION = 'prometheus_retention_size'
GIB = 2**30


@pytest.mark.parametrize('value', ['6m', '512m', '512M', '1g', '1G', '65536k', '7000000b'])
def test_memory_accepts_docker_sizes(value):
    assert memory_problems(MEMORY, value) == []


@pytest.mark.parametrize('value', ['', '512', '512mb', '1.5g', '1t', ' 1g', '-1g', 'g', '١g', 512, 1.5, None, True, ['1g']])
def test_memory_refuses_anything_else_naming_the_variable(value):
    problems = memory_problems(MEMORY, value)
    assert len(problems) == 1
    assert problems[0].startswith(MEMORY + ' must be a size such as 512m or 1g (b, k, m, g), got ')


@pytest.mark.parametrize('value', ['5m', '1k', '0g', '0m'])
def test_memory_refuses_less_than_docker_takes(value):
    assert memory_problems(MEMORY, value) == [MEMORY + ' must be at least 6m (Docker refuses less), got "%s"' % value]


@pytest.mark.parametrize('value', [0.01, 0.25, 1, 1.5, 2])
def test_cpus_accepts_what_the_host_has(value):
    assert cpus_problems(CPUS, value, 2) == []


@pytest.mark.parametrize('value', [3, 2.01])
def test_cpus_refuses_more_than_the_host_has(value):
    assert cpus_problems(CPUS, value, 2) == [
        '%s is %s but this host has 2 CPUs (Docker refuses more than the host has)' % (CPUS, value)]


@pytest.mark.parametrize('value', [0, -1, 0.001, 0.255, '0.5', '', None, True, [1]])
def test_cpus_refuses_anything_else_naming_the_variable(value):
    problems = cpus_problems(CPUS, value, 2)
    assert len(problems) == 1
    assert problems[0].startswith(CPUS + ' must be a number of CPUs ')


@pytest.mark.parametrize('value', ['', '512MB', '4GB', '252GB', '1B'])
def test_retention_size_accepts_none_or_what_fits(value):
    assert retention_size_problems(RETENTION, value, 252 * GIB, '/var/lib/docker') == []


def test_retention_size_unchecked_against_an_unknown_filesystem():
    assert retention_size_problems(RETENTION, '100TB', None, None) == []


def test_retention_size_refuses_more_than_the_filesystem_holds():
    assert retention_size_problems(RETENTION, '64MB', 32 * 2**20, '/var/lib/docker/volumes/x/_data') == [
        "prometheus_retention_size is 64MB (64 MiB) but the filesystem holding the Prometheus data "
        "(/var/lib/docker/volumes/x/_data) has 32 MiB: Prometheus would fill it before the cap deletes anything"]


@pytest.mark.parametrize('value', ['10G', '10gb', '10 GB', '1.5GB', '10GiB', 'GB', 10, None])
def test_retention_size_refuses_other_forms_naming_the_variable(value):
    problems = retention_size_problems(RETENTION, value, 252 * GIB, '/')
    assert len(problems) == 1
    assert problems[0].startswith(RETENTION + ' must be "" (no cap) or a size such as 512MB or 10GB, got ')
