"""The evaluation harness, on a small sample: service and peers side by side."""

import io

import pytest

from moderation import evaluate


@pytest.fixture(scope="module")
def functional_report(moderator):
    rows = evaluate.sample(evaluate.functional_rows(), 200)
    deciders = {"service": evaluate.service_decider(moderator), **evaluate.peer_deciders()[0]}
    return evaluate.evaluate(rows, deciders)


def test_report_has_every_figure_for_every_decider(functional_report):
    assert set(functional_report) == {"service", "better-profanity", "alt-profanity-check"}
    for report in functional_report.values():
        assert set(report["decision"]) == {"rows", "accuracy", "false_reject_rate", "recall",
                                           "balanced_accuracy"}
        assert report["per_group"] and report["per_category"]


def test_service_beats_both_peers_on_balanced_accuracy(functional_report):
    ours = functional_report["service"]["decision"]["balanced_accuracy"]
    for peer in ("better-profanity", "alt-profanity-check"):
        assert ours > functional_report[peer]["decision"]["balanced_accuracy"] + 0.1


def test_sample_is_stratified_and_reproducible():
    rows = evaluate.functional_rows()
    first, second = evaluate.sample(rows, 100), evaluate.sample(rows, 100)
    assert first == second
    assert {r.group for r in first} == {r.group for r in rows}


def test_metrics_on_a_hand_made_table():
    rows = [evaluate.Row("a", "approve"), evaluate.Row("b", "approve"),
            evaluate.Row("c", "reject", frozenset({"threat"})), evaluate.Row("d", "reject", frozenset({"abuse"}))]
    outcomes = [evaluate.Outcome(False), evaluate.Outcome(True),
                evaluate.Outcome(True, frozenset({"threat"})), evaluate.Outcome(False)]
    m = evaluate.decision_metrics(rows, outcomes)
    assert (m["accuracy"], m["false_reject_rate"], m["recall"], m["balanced_accuracy"]) == (0.5, 0.5, 0.5, 0.5)
    per = evaluate.category_metrics(rows, outcomes, named=True)
    assert per["threat"]["precision"] == 1.0 and per["abuse"]["recall"] == 0.0


@pytest.mark.corpora
def test_harness_runs_on_heldout_sample(data_root):
    out = io.StringIO()
    reports = evaluate.run(suites=("heldout",), sample_size=300, root=data_root, out=out)
    assert "heldout" in reports and "== heldout: " in out.getvalue()
    assert reports["heldout"]["service"]["decision"]["rows"] >= 250


def test_harness_runs_on_a_labelled_file_of_ones_own(tmp_path):
    cases = tmp_path / "site_probe.jsonl"
    cases.write_text('{"text": "Thanks for the thorough reporting.", "expected": "approve"}\n'
                     '{"text": "You absolute fucking idiot.", "expected": "reject", "category": "profanity"}\n')
    out = io.StringIO()
    reports = evaluate.run(suites=(), peers=False, cases=[cases], out=out)
    decision = reports["site_probe"]["service"]["decision"]
    assert (decision["false_reject_rate"], decision["recall"]) == (0.0, 1.0)
    assert "== site_probe: 2 comments" in out.getvalue()


@pytest.mark.parametrize("line", ['{"text": "hi"}', '{"text": "hi", "expected": "maybe"}', 'not json'])
def test_a_bad_labelled_file_is_refused_with_its_line(tmp_path, line):
    cases = tmp_path / "bad.jsonl"
    cases.write_text('{"text": "fine", "expected": "approve"}\n' + line + "\n")
    with pytest.raises(ValueError, match="line 2"):
        evaluate.functional_rows(cases)
