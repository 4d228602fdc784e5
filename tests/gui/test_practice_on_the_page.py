"""The practice on the page (issue 11 §2), in the real window: their story first
in the reading pane, "My reflections" with a reading pane, follow-ups that say
what was wanted or promised, and "About me" on a new journal's first run."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from peerjournal.core.models import Encounter, Mode, Person, Reflection, SelfCheck, Setting
from tests.gui.journal_walk import WAIT, create_journal, settle
from tests.gui.test_missteps import write


def seed(qtbot: Any, window: Any) -> None:
    create_journal(qtbot, window)
    today = date.today()

    def records(vault: Any) -> None:
        vault.save(Person(id="p-ana", preferred_name="Ana"))
        vault.save(Encounter(id="e-ana1", person_id="p-ana",
                             occurred_at=datetime(2025, 5, 1, 9, 30), mode=Mode.IN_PERSON,
                             setting=Setting.SHELTER, duration_minutes=40,
                             their_story="They stole my bag at the shelter.",
                             what_they_want="A new ID card before Friday.",
                             what_i_did="Booked the DMV with them.",
                             follow_up_on=today - timedelta(days=1)))
        vault.save(Encounter(id="e-ana2", person_id="p-ana",
                             occurred_at=datetime(2025, 5, 2, 9, 30), mode=Mode.PHONE,
                             what_i_did="Promised to call the landlord.",
                             follow_up_on=today))
        vault.save(Reflection(id="r-ana1", encounter_id="e-ana1",
                              written_at=datetime(2025, 5, 1, 18),
                              learned_from_them="Patience with paperwork.",
                              self_check=(SelfCheck.RUSHED,)))

    write(qtbot, window, records)
    window.journal.people_model.reload()
    settle(qtbot, window)


def test_their_story_comes_first_in_the_reading_pane(qtbot, window):
    seed(qtbot, window)
    view = window.journal
    view.open_person("p-ana", "e-ana1")
    qtbot.waitUntil(lambda: view.person_page.selected_id() == "e-ana1", timeout=WAIT)
    shown = view.person_page.reading.toPlainText()
    story = shown.index("They stole my bag")
    assert story < shown.index("A new ID card") < shown.index("Booked the DMV")
    assert "What I did" in shown
    # How, where and how long come on one line under the heading, not before the story.
    assert shown.index("Shelter") < story and shown.index("In person") < story
    assert "How long" not in shown and "\nHow\n" not in shown


def test_my_reflections_have_a_reading_pane(qtbot, window):
    seed(qtbot, window)
    view = window.journal
    view.show_reflections()
    qtbot.waitUntil(lambda: view.reflections_model.rowCount() == 1, timeout=WAIT)
    view.reflections_table.setCurrentIndex(view.reflections_model.index(0, 0))
    qtbot.waitUntil(lambda: "Patience with paperwork" in view.reflection_reading.toPlainText(),
                    timeout=WAIT)
    text = view.reflection_reading.toPlainText()
    assert "What I learned from them" in text and "I rushed" in text and "Private" in text
    window.lock()
    assert "Patience" not in view.reflection_reading.toPlainText()


def test_follow_ups_say_what_was_wanted_or_promised(qtbot, window):
    seed(qtbot, window)
    view = window.journal
    view.show_follow_ups()
    qtbot.waitUntil(lambda: view.follow_ups_model.rowCount() == 2, timeout=WAIT)
    model = view.follow_ups_model
    headers = [model.headerData(c, 1) for c in range(model.columnCount())]
    assert "From" not in headers
    about = [model.data(model.index(r, model.columnCount() - 1))
             for r in range(model.rowCount())]
    assert about == ["They want: A new ID card before Friday.",
                     "What I did or promised: Promised to call the landlord."]


def test_a_new_journal_asks_about_me_once(qtbot, window):
    create_journal(qtbot, window)
    panel = window.journal.about_me
    assert panel is not None and panel.isVisible()
    panel.save_button.click()  # no name: it asks, and stays
    assert panel.isVisible() and panel.problem.isVisible()
    qtbot.keyClicks(panel.name, "Jo Peer")
    qtbot.keyClicks(panel.credentials, "CPRS")
    panel.save_button.click()
    assert not panel.isVisible()
    settle(qtbot, window)
    profile: list[Any] = []
    window.tasks.run(lambda vault: vault.profile(), on_done=profile.append)
    qtbot.waitUntil(lambda: bool(profile), timeout=WAIT)
    assert (profile[0].name, profile[0].credentials) == ("Jo Peer", "CPRS")
    # Not again after locking and unlocking.
    window.lock()
    window.welcome.passphrase.setText("river stone lantern morning")
    window.welcome.try_unlock()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=WAIT)
    assert window.journal.about_me is None


def test_about_me_can_be_skipped(qtbot, window):
    create_journal(qtbot, window)
    panel = window.journal.about_me
    panel.skip_button.click()
    settle(qtbot, window)
    assert not panel.isVisible()
    profile: list[Any] = []
    window.tasks.run(lambda vault: vault.profile(), on_done=lambda p: profile.append(p or 0))
    qtbot.waitUntil(lambda: bool(profile), timeout=WAIT)
    assert profile == [0]


def test_the_timeline_and_reading_pane_say_who_a_referral_went_to(qtbot, window):
    from peerjournal.core.models import Clinician, Referral, ReferralKind, ReferralStatus

    seed(qtbot, window)

    def referral(vault: Any) -> None:
        vault.save(Clinician(id="c-lee", name="Dr. Jordan Lee"))
        vault.save(Referral(id="f-ana1", person_id="p-ana", clinician_id="c-lee",
                            kind=ReferralKind.HOUSING, reason_in_their_words="No bed tonight.",
                            created_on=date(2025, 5, 3), status=ReferralStatus.DRAFT))

    write(qtbot, window, referral)
    view = window.journal
    view.open_person("p-ana", "f-ana1")
    qtbot.waitUntil(lambda: view.person_page.selected_id() == "f-ana1", timeout=WAIT)
    page = view.person_page
    row = page.model.row_of_id("f-ana1")
    assert "Dr. Jordan Lee" in page.model.data(page.model.index(row, 2))
    assert "Dr. Jordan Lee" in page.reading.toPlainText()
    window.lock()
    assert page.model.recipients == {}
