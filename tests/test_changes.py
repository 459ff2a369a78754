"""The one notice of change: listeners hear every change, a failing one harms nobody."""

from msdesk.core.changes import Change, Changes


def test_listeners_hear_each_change_until_they_stop():
    changes = Changes()
    heard = []
    stop = changes.subscribe(heard.append)
    changes.notify(Change.TOKENS, provider_id="modelscope")
    changes.notify(Change.QUOTA | Change.CONVERSATIONS, conversation_id=7)
    stop()
    changes.notify(Change.PROVIDERS)
    assert [n.what for n in heard] == [Change.TOKENS, Change.QUOTA | Change.CONVERSATIONS]
    assert heard[0].provider_id == "modelscope"
    assert Change.CONVERSATIONS in heard[1] and Change.TOKENS not in heard[1]


def test_a_failing_listener_does_not_stop_the_others(caplog):
    changes = Changes()
    heard = []

    def broken(_notice):
        raise RuntimeError("boom")

    changes.subscribe(broken)
    changes.subscribe(heard.append)
    changes.notify(Change.SETTINGS)
    assert len(heard) == 1
    assert "failed" in caplog.text


def test_the_relay_emits_on_the_gui_thread(qtbot):
    from types import SimpleNamespace

    from msdesk.ui.change_relay import ChangeRelay

    services = SimpleNamespace(changes=Changes())
    relay = ChangeRelay.of(services)
    assert ChangeRelay.of(services) is relay
    with qtbot.wait_signal(relay.changed) as blocker:
        services.changes.notify(Change.TOKENS, provider_id="bailian")
    assert blocker.args[0].provider_id == "bailian"
    relay.deleteLater()


def test_a_history_write_through_the_services_is_one_notice_of_its_conversation(monkeypatch):
    import asyncio

    from msdesk.core.services import Services

    monkeypatch.setenv("MSDESK_SECRET_BACKEND", "memory")

    async def main():
        services = await Services.open()
        heard = []
        services.changes.subscribe(heard.append)
        try:
            conversation = await services.history_writes.run(
                lambda h: h.create_conversation(title="Trip"), conversation_id=None
            )
            await services.history_writes.run(
                lambda h: h.rename(conversation.id, "Trip to Hangzhou"), conversation_id=conversation.id
            )
            # The reader on this thread sees each write once it was awaited.
            assert services.history.conversation(conversation.id).title == "Trip to Hangzhou"
        finally:
            await services.aclose()
        return conversation, heard

    conversation, heard = asyncio.run(main())
    assert [n.what for n in heard] == [Change.CONVERSATIONS, Change.CONVERSATIONS]
    assert heard[1].conversation_id == conversation.id
