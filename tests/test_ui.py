"""The search page, served by a real Gradio server on loopback."""

import socket
import urllib.request

import pytest

from tutor.models import SearchHit
from tutor.ui import build_app, format_hits

from .conftest import NetworkBlocked, free_port


def test_format_hits_renders_heading_domain_and_source():
    hit = SearchHit(rank=1, chunk_id="supply/a.md#atp:0", entry_id="supply/a.md#atp", title="T",
                    heading="Available-to-promise (ATP)", domain="supply", subtopic="supply/atp-ctp",
                    source="supply/a.md", line=12, score=0.91, text="Available-to-promise (ATP)\n\nBody.")
    md = format_hits("atp", [hit])
    assert "**1. Available-to-promise (ATP)** · Supply · `supply/atp-ctp`" in md
    assert "supply/a.md, line 12" in md and md.endswith("Body.")
    assert format_hits("zzz", []) == "No passages found for **zzz**."


@pytest.mark.slow
def test_search_page_serves_and_answers_over_http(seed_tutor):
    from gradio_client import Client

    port = free_port()
    app = build_app(seed_tutor)
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10).read().decode()
        assert "CPIM Tutor" in page
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        md = client.predict("available to promise", "Supply", api_name="/run_search")
        assert "**1. Available-to-promise (ATP)**" in md
        with pytest.raises(Exception, match="empty"):
            client.predict("   ", "All domains", api_name="/run_search")
    finally:
        app.close()


def test_the_network_guard_blocks_outside_addresses():
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("8.8.8.8", 443), timeout=1)
