import pytest

from tests.helpers import CHEATSHEET


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The cheat sheet's graph, built once for the session into a temporary folder."""
    from graph import build_graph

    out = tmp_path_factory.mktemp("build") / "build"
    report = build_graph([CHEATSHEET], out, progress=False)
    return out, report


@pytest.fixture(scope="session")
def store(built):
    from graph import load_graph

    return load_graph(built[0])


@pytest.fixture(scope="session")
def rdf(built):
    from rdflib import Graph

    g = Graph()
    g.parse(str(built[0] / "graph.nt"), format="nt")
    return g


@pytest.fixture(scope="session")
def engine(built):
    """The search engine over the session's graph (embeds the search rows once)."""
    from search import Engine, build_search

    build_search(built[0], progress=False)
    return Engine(built[0])
