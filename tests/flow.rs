//! The walk from answers to results: exhaustive, and one scenario per situation in the seed.

mod common;

use common::{all_paths, assert_contains, shipped};
use myna_diagnosis::diagnosis::{Cause, Check, End, LinkError, Place};
use std::collections::BTreeSet;

#[test]
fn every_answer_combination_reaches_a_result_and_every_result_is_reached() {
    let g = shipped();
    let mut reached = BTreeSet::new();
    let paths = all_paths(g);
    assert!(paths.len() >= g.results.len());
    for path in &paths {
        let walk = g.walk(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        match walk.end {
            End::Show(r) => {
                reached.insert(r.id.clone());
            }
            End::Ask(q) => panic!("{path:?} stops at question {}", q.id),
        }
    }
    let all: BTreeSet<String> = g.results.iter().map(|r| r.id.clone()).collect();
    assert_eq!(reached, all);
}

#[test]
fn no_answers_asks_the_start_question() {
    let g = shipped();
    let walk = g.walk::<&str>(&[]).unwrap();
    assert!(matches!(walk.end, End::Ask(q) if q.id == "where"));
    assert_eq!(walk.progress(g), (1, 5));
}

#[test]
fn progress_counts_up_and_never_shrinks_below_what_is_done() {
    let g = shipped();
    assert_eq!(g.walk(&["portal"]).unwrap().progress(g), (2, 5));
    assert_eq!(g.walk(&["portal", "not-found", "self"]).unwrap().progress(g), (4, 5));
    assert_eq!(g.walk(&["portal", "app"]).unwrap().progress(g), (3, 4));
}

/// The label says how many questions may follow, so it never jumps from "1 / 5" to "2 / 2".
#[test]
fn the_progress_label_says_how_many_may_follow() {
    let g = shipped();
    assert_eq!(g.walk::<&str>(&[]).unwrap().progress_label(g), "質問 1・あと最大4問");
    assert_eq!(g.walk(&["card"]).unwrap().progress_label(g), "質問 2・これが最後の質問です");
    assert_eq!(g.walk(&["portal", "not-found"]).unwrap().progress_label(g), "質問 3・あと最大2問");
    assert_eq!(g.walk(&["card", "lost"]).unwrap().progress_label(g), "", "a result has no question label");
}

#[test]
fn bad_answers_are_errors_not_panics() {
    let g = shipped();
    assert_eq!(
        g.walk(&["portal", "nope"]).unwrap_err(),
        LinkError::UnknownAnswer { question: "portal-symptom".into(), answer: "nope".into() }
    );
    assert_eq!(g.walk(&["urgent", "has", "more"]).unwrap_err(), LinkError::AnswersDoNotFit);
    assert!(g.walk(&[""]).is_err());
}

/// Walks `answers` and returns the result id and its causes, most likely first.
fn diagnose(answers: &[&str]) -> (String, Vec<String>) {
    let g = shipped();
    match g.walk(answers).unwrap().end {
        End::Show(r) => (r.id.clone(), r.causes.iter().map(|c| c.to_string()).collect()),
        End::Ask(q) => panic!("still asking {}", q.id),
    }
}

#[test]
fn portal_says_not_found_right_after_a_job_change() {
    let (result, causes) = diagnose(&["portal", "not-found", "self", "job"]);
    assert_eq!(result, "after-insurance-change");
    assert_eq!(causes[..2], ["insurer-data-outdated", "mynumber-not-submitted"]);
}

#[test]
fn reader_does_not_recognise_the_card_two_days_after_applying() {
    let (result, causes) = diagnose(&["clinic", "not-recognized", "recent"]);
    assert_eq!(result, "waiting-for-reflection");
    assert_eq!(causes[0], "link-pending");
}

#[test]
fn the_app_shows_nothing_on_an_unsupported_phone() {
    let (result, causes) = diagnose(&["portal", "app", "unknown"]);
    assert_eq!(result, "unsupported-phone");
    assert_eq!(causes[0], "phone-nfc-app");
}

#[test]
fn only_a_childs_record_fails() {
    let (result, causes) = diagnose(&["portal", "not-found", "family"]);
    assert_eq!(result, "family-record");
    assert_eq!(causes[..2], ["cannot-fix-yourself", "record-mismatch"]);
}

#[test]
fn the_surname_changed_after_marriage() {
    let (result, causes) = diagnose(&["portal", "not-found", "self", "name"]);
    assert_eq!(result, "name-changed");
    assert_eq!(causes[0], "record-mismatch");
}

#[test]
fn a_visit_is_tomorrow_and_nothing_works() {
    let g = shipped();
    let (result, _) = diagnose(&["urgent", "has"]);
    assert_eq!(result, "visit-soon");
    let first = g.get(&g.result("visit-soon").unwrap().checks[0]);
    assert_eq!(first.id, "before-visit", "the fallback comes first when the visit is near");
    assert!(g.result("visit-soon").unwrap().desk);
}

#[test]
fn a_wholly_different_insurer_is_shown() {
    let (result, causes) = diagnose(&["portal", "other-insurer"]);
    assert_eq!(result, "wrong-insurer-shown");
    assert_eq!(causes[0], "cannot-fix-yourself");
}

#[test]
fn the_pin_is_locked_at_the_clinic() {
    let g = shipped();
    let (result, causes) = diagnose(&["clinic", "pin-locked"]);
    assert_eq!(result, "pin-locked");
    assert_eq!(causes[0], "pin-or-card-reading");
    let help = g.named::<Check>("pin-help").unwrap();
    assert!(help.steps[0].text.contains("顔認証"), "face authentication is the first way round");
}

#[test]
fn the_clinic_reader_itself_fails() {
    let (result, causes) = diagnose(&["clinic", "no-read"]);
    assert_eq!(result, "reader-trouble");
    assert_eq!(causes[0], "terminal-trouble");
}

#[test]
fn my_number_never_submitted() {
    let (result, causes) = diagnose(&["portal", "not-found", "self", "none", "no"]);
    assert_eq!(result, "mynumber-not-submitted");
    assert_eq!(causes[0], "mynumber-not-submitted");
}

#[test]
fn the_scene_comes_from_the_first_answer() {
    let g = shipped();
    let scene = |answers: &[&str]| g.walk(answers).unwrap().taken[0].answer.scene.clone();
    assert_eq!(scene(&["clinic", "no-read"]).as_deref(), Some("clinic"));
    assert_eq!(scene(&["urgent", "has"]), None);
}

// The situations added after the seed (issue "Right advice today"): each is one or two taps
// from the start and ends at a result that says the first thing to do.

/// The first thing a result asks a person to do.
fn first_step(result: &str) -> String {
    let g = shipped();
    g.first_action(g.result(result).unwrap()).unwrap().text.clone()
}

#[test]
fn the_card_was_lost() {
    let (result, causes) = diagnose(&["card", "lost"]);
    assert_eq!((result.as_str(), causes[0].as_str()), ("card-lost", "card-lost"));
    let first = first_step("card-lost");
    assert!(first.contains("カードを止めて"), "{first}");
    let g = shipped();
    let steps = &g.numbered_checks(g.result("card-lost").unwrap())[0].steps;
    assert!(steps.iter().any(|s| s.text.contains("再交付")) && steps.iter().any(|s| s.text.contains("資格確認書")));
}

#[test]
fn the_certificate_expires_from_the_notice_or_at_the_reader() {
    assert_eq!(diagnose(&["card", "certificate"]).0, "certificate-expiry");
    assert_eq!(diagnose(&["clinic", "certificate"]).0, "certificate-expiry");
    assert!(first_step("certificate-expiry").contains("5回目の誕生日"));
    assert!(
        shipped().result("certificate-expiry").unwrap().desk,
        "reached at the counter, so the desk view is offered"
    );
}

#[test]
fn left_the_job_or_became_self_employed() {
    let (result, causes) = diagnose(&["change", "left-job"]);
    assert_eq!((result.as_str(), causes[0].as_str()), ("after-leaving-job", "not-enrolled"));
    let g = shipped();
    let text: String = g.named::<Check>("kokuho-enrol").unwrap().steps.iter().map(|s| s.text.as_str()).collect();
    assert_contains(&text, &["14日以内", "任意継続", "20日以内", "自営業"], "text");
}

#[test]
fn moved_while_on_national_health_insurance() {
    assert_eq!(diagnose(&["change", "moved"]).0, "kokuho-after-move");
    assert!(first_step("kokuho-after-move").contains("14日以内"));
}

#[test]
fn a_child_was_born() {
    assert_eq!(
        diagnose(&["change", "newborn"]),
        ("newborn".into(), vec!["child-not-added".into(), "mynumber-not-submitted".into()])
    );
    assert!(first_step("newborn").contains("被扶養者異動届"));
}

#[test]
fn a_foreign_resident_renewed_the_period_of_stay() {
    assert_eq!(diagnose(&["card", "residence"]).0, "residence-renewal");
    assert!(first_step("residence-renewal").contains("有効期限を変更する"));
}

#[test]
fn the_eligibility_certificate_never_arrived() {
    assert_eq!(diagnose(&["money", "kakunin"]).0, "kakunin-missing");
    assert!(first_step("kakunin-missing").contains("「証明書」→「健康保険証」で登録を確かめる"));
}

#[test]
fn the_pin_was_forgotten() {
    assert_eq!(diagnose(&["card", "pin-forgotten"]).0, "pin-forgotten");
    assert!(first_step("pin-forgotten").contains("顔認証"));
}

#[test]
fn face_authentication_fails_at_the_counter() {
    let g = shipped();
    assert_eq!(diagnose(&["clinic", "face-fail"]).0, "face-auth-trouble");
    let text: String = g.named::<Check>("face-steps").unwrap().steps.iter().map(|s| s.text.as_str()).collect();
    assert!(text.contains("目視") && text.contains("資格確認書"), "{text}");
    assert!(g.result("face-auth-trouble").unwrap().desk);
}

#[test]
fn turning_75() {
    assert_eq!(diagnose(&["change", "turning-75"]).0, "turning-75");
    assert!(first_step("turning-75").contains("届いたものを受診に持っていく"));
    let g = shipped();
    let facts = &g.named::<Check>("turning-75-steps").unwrap().steps;
    assert!(facts[0].info && facts[0].text.contains("自動的に後期高齢者医療"), "said first, as something to know");
}

/// The clinic branch asks whose card it is, and every result reached at the counter offers the
/// desk view (validation enforces it), the job change included.
#[test]
fn the_clinic_asks_whose_card_and_keeps_the_desk_view() {
    let g = shipped();
    let labels: Vec<&str> = g.question("clinic-symptom").unwrap().answers.iter().map(|a| a.label.as_str()).collect();
    assert!(labels[0].starts_with("自分のカード") && labels[1].starts_with("家族"), "{labels:?}");
    assert!(labels.iter().all(|l| !l.contains("出た、")), "no two clauses joined by a comma: {labels:?}");
    assert_eq!(diagnose(&["clinic", "family"]).0, "family-record");
    assert_eq!(diagnose(&["clinic", "not-recognized", "earlier", "yes"]).0, "after-insurance-change");
    assert!(g.result("after-insurance-change").unwrap().desk);
    assert!(g.result("family-record").unwrap().desk);
}

/// A person who submitted My Number recently is not asked for an application date they were
/// never asked about: the first card is the insurer's registration.
#[test]
fn waiting_for_the_insurer_starts_with_the_insurers_registration() {
    let g = shipped();
    let r = g.result("waiting-for-insurer").unwrap();
    assert_eq!(r.checks[0], "wait-for-insurer");
    assert!(!r.checks.iter().any(|c| *c == "check-application-date"));
}

/// From Mynaportal, a PIN or reading error starts with Mynaportal's own fix, not the clinic's
/// face authentication.
#[test]
fn a_pin_error_on_mynaportal_starts_on_mynaportal() {
    let g = shipped();
    let r = g.result("pin-or-card-error").unwrap();
    let said_first = &g.numbered_checks(r)[0].steps[0].text;
    assert!(said_first.contains("入れるのは数字4桁の暗証番号"), "{said_first}");
    let first = first_step("pin-or-card-error");
    assert!(!first.contains("顔認証"), "{first}");
}

/// Every result fits: at most seven numbered cards, the rest folded away.
#[test]
fn every_result_has_at_most_seven_numbered_steps() {
    let g = shipped();
    for r in &g.results {
        let n: usize = g.numbered_checks(r).iter().map(|c| c.steps.len()).sum();
        assert!((1..=7).contains(&n), "{}: {n} numbered steps", r.id);
    }
}

/// Everything a result shows as steps (numbered and folded), as one text.
fn shown(result: &str) -> String {
    let g = shipped();
    let r = g.result(result).unwrap_or_else(|| panic!("no result {result}"));
    let steps = g.checks_shown(r).into_iter().flat_map(|c| c.steps.iter().map(|s| s.text.clone()));
    std::iter::once(r.summary.clone()).chain(steps).collect::<Vec<_>>().join("\n")
}

fn cause(id: &str) -> String {
    let c = shipped().named::<Cause>(id).unwrap_or_else(|| panic!("no cause {id}"));
    format!("{} {}", c.title, c.detail)
}

/// Someone who left a job with no new employer is never told to wait for one: every path where
/// the job changed tells the two apart, and 75 too, and the latter reaches enrolment.
#[test]
fn a_retiree_is_sent_to_enrol_not_to_wait() {
    for answers in [
        ["portal", "not-found", "self", "left-job"].as_slice(),
        ["clinic", "not-recognized", "earlier", "left-job"].as_slice(),
        ["change", "left-job"].as_slice(),
    ] {
        assert_eq!(diagnose(answers).0, "after-leaving-job", "{answers:?}");
    }
    assert_eq!(diagnose(&["portal", "not-found", "self", "turning-75"]).0, "turning-75");
    assert_eq!(diagnose(&["clinic", "not-recognized", "earlier", "turning-75"]).0, "turning-75");
    assert_eq!(diagnose(&["portal", "not-found", "self", "job"]).0, "after-insurance-change");
    let g = shipped();
    let leaving = g.result("after-leaving-job").unwrap();
    assert!(leaving.desk && leaving.summary.contains("14日以内") && leaving.summary.contains("20日以内"));
    assert_eq!(leaving.recheck_days, Some(7), "the reminder is for after enrolling");
    assert!(first_step("after-leaving-job").contains("国民健康保険、前の会社の保険の任意継続、家族の扶養"));
    // Whoever still lands on the new-employer result (an older link) reads the deadlines there.
    assert!(shown("after-insurance-change").contains("14日以内に国民健康保険"));
    let leaving = shown("after-leaving-job");
    assert!(leaving.contains("14日以内に届け出れば") && leaving.contains("全額自己負担"), "{leaving}");
    assert!(leaving.contains("書類が届いていることが必要"), "the 20 days are for the form to arrive");
}

/// A wife whose husband retired leaves his company insurance with him: she enrols in 国保 at the
/// city (14 days from the day she left), and her message goes to the city, not to an HR desk.
#[test]
fn a_dependant_whose_family_member_retired_is_sent_to_enrol_at_the_city() {
    let g = shipped();
    for answers in [
        ["clinic", "not-recognized", "earlier", "left-dependant"].as_slice(),
        ["portal", "not-found", "self", "left-dependant"].as_slice(),
        ["change", "left-dependant"].as_slice(),
        ["for-family", "clinic", "left-dependant"].as_slice(),
    ] {
        assert_eq!(diagnose(answers).0, "after-leaving-job", "{answers:?}");
    }
    let leaving = g.result("after-leaving-job").unwrap();
    assert!(leaving.summary.contains("扶養から外れた日)から14日以内"), "{}", leaving.summary);
    assert!(leaving.ask.to.contains("市区町村"), "{}", leaving.ask.to);
    assert!(leaving.ask.dear.is_none(), "the city's counter gets the phone script, not a letter to HR");
    assert!(shown("after-leaving-job").contains("家族の扶養から外れた人は、外れた日)から14日以内"));
    // Joining a family member's insurance is not leaving one: that answer names only joining.
    let joining = g.question("clinic-change").unwrap().answers.iter().find(|a| a.id == "yes").unwrap();
    assert!(!joining.label.contains("外れた"), "{}", joining.label);
}

/// The card ends with the period of stay only for those who have one, and never beyond the
/// usual birthday.
#[test]
fn a_foreign_residents_card_validity_says_who_it_applies_to() {
    let text = cause("card-period-ended");
    assert_contains(
        &text,
        &["在留期間のある外国籍の人", "特別永住者・永住者・高度専門職2号", "10回目", "5回目"],
        "text",
    );
    assert!(shown("residence-renewal").contains("特別永住者・永住者・高度専門職2号の人のカードは"));
}

/// Face authentication failing: the PIN, then reception's visual check, and the PIN reset; the
/// 資格確認書 only for those who need help, said as something to know, not a step for everyone.
#[test]
fn face_authentication_failing_leads_to_the_pin_and_the_visual_check() {
    let g = shipped();
    assert!(first_step("face-auth-trouble").contains("暗証番号(数字4桁)を選んで入れる"));
    let steps = &g.named::<Check>("face-steps").unwrap().steps;
    assert!(steps[1].text.contains("目視確認") && steps[2].text.contains("再設定"));
    let kakunin = steps.iter().find(|s| s.text.contains("資格確認書")).unwrap();
    assert!(kakunin.info && kakunin.text.contains("介助が必要な人") && kakunin.text.contains("カードをなくした人"));
    assert!(kakunin.text.contains("保険者によって違います"), "nobody is told they cannot have one");
    assert!(steps[0].text.contains("3回まちがえるとロック"), "the PIN warning comes with the PIN");
    let ask = &g.result("face-auth-trouble").unwrap().ask;
    assert!(!ask.question.contains("資格確認書"), "nobody is sent to ask for one: {}", ask.question);
}

/// A failure right after registering is the insurer's missing record: ask now, no waiting.
#[test]
fn just_registered_and_refused_means_ask_the_insurer_now() {
    let (result, causes) = diagnose(&["clinic", "not-recognized", "recent"]);
    assert_eq!((result.as_str(), causes[0].as_str()), ("waiting-for-reflection", "link-pending"));
    let g = shipped();
    for id in ["waiting-for-reflection", "check-registration", "app-no-insurance-info"] {
        assert_eq!(g.result(id).unwrap().recheck_days, None, "{id} offers no reminder to wait");
    }
    let text = shown("waiting-for-reflection");
    assert!(text.contains("済めばすぐに使えます") && text.contains("すぐに加入している健康保険の窓口(保険者)"));
    assert!(!text.contains("数日") && !text.contains("日数"), "{text}");
    // The 申立書 is on the counter box of this desk result.
    assert!(g.result(&result).unwrap().desk);
}

/// A card the reader cannot read: the real card faults, not the PIN lock.
#[test]
fn the_reader_cannot_read_the_card() {
    assert_eq!(diagnose(&["clinic", "no-read"]).0, "reader-trouble");
    let text = shown("reader-trouble");
    assert!(!text.contains("ロック"), "{text}");
    assert_contains(&text, &["再交付", "特急発行", "30日以内", "資格確認書"], "text");
}

/// Renewing the certificate: forgotten PINs are reset at the same counter.
#[test]
fn renewing_the_certificate_with_a_forgotten_pin() {
    let text = shown("certificate-expiry");
    assert!(text.contains("6〜16桁") && text.contains("忘れていてもその場で再設定できます"), "{text}");
}

#[test]
fn the_card_itself_expires() {
    assert_eq!(diagnose(&["card", "card-expired"]).0, "card-expired");
    let text = shown("card-expired");
    assert_contains(
        &text,
        &["3か月間はマイナ保険証として使えます", "1〜2か月", "更新中の人は申請できます", "有効期限通知書"],
        "text",
    );
    assert!(cause("card-body-expired").contains("10回目の誕生日"));
}

#[test]
fn paid_in_full_at_the_counter_or_afterwards() {
    assert_eq!(diagnose(&["clinic", "paid-full"]).0, "paid-in-full");
    assert_eq!(diagnose(&["money", "paid-full"]).0, "paid-in-full");
    assert!(shipped().result("paid-in-full").unwrap().desk, "at the counter, the 申立書 comes first");
    let text = shown("paid-in-full");
    // At the counter, the counter box's 申立書 comes before paying in full.
    let g = shipped();
    let counter: String = g.named::<Check>(&g.meta.counter).unwrap().steps.iter().map(|s| s.text.as_str()).collect();
    assert!(counter.contains("被保険者資格申立書"), "{counter}");
    assert_contains(
        &text,
        &["領収書", "精算", "療養費", "やむを得ない事情", "2年", "診療報酬明細書", "特別療養費"],
        "text",
    );
    assert!(first_step("paid-in-full").contains("領収書"));
}

#[test]
fn a_found_card_is_unlocked_in_person() {
    assert_eq!(diagnose(&["card", "found"]).0, "card-found");
    assert!(first_step("card-found").contains("市区町村の窓口で一時利用停止の解除"));
    assert!(shown("card-found").contains("電話ではできません"));
}

#[test]
fn no_nfc_phone_or_no_smartphone_is_not_a_dead_end() {
    assert_eq!(diagnose(&["portal", "app", "unknown"]).0, "unsupported-phone");
    let first = first_step("unsupported-phone");
    assert_contains(&first, &["顔認証付きカードリーダー", "セブン銀行ATM", "パソコン"], "first");
}

#[test]
fn a_card_without_a_pin() {
    assert_eq!(diagnose(&["card", "face-card"]).0, "face-only-card");
    let text = shown("face-only-card");
    assert!(text.contains("目視確認") && text.contains("マイナポータルには使えません"));
    assert!(text.contains("病院・薬局の顔認証付きカードリーダーでだけ"));
}

#[test]
fn the_phone_with_the_certificate_was_lost() {
    assert_eq!(diagnose(&["card", "phone-lost"]).0, "phone-lost");
    let g = shipped();
    let first = g.first_action(g.result("phone-lost").unwrap()).unwrap();
    assert_eq!(first.call.as_deref(), Some("myna-dial-stop"));
    assert!(first.text.contains("24時間"));
}

#[test]
fn money_situations_each_say_what_is_going_on_and_whom_to_ask() {
    let cases = [
        ("unpaid", "premiums-unpaid", ["特別療養費", "納付相談", "18歳"].as_slice()),
        ("welfare", "welfare-medical", ["国民健康保険に入らない", "ケースワーカー", "医療券"].as_slice()),
        ("limit", "high-cost-limit", ["限度額適用認定証", "同意", "資格確認書"].as_slice()),
    ];
    for (answer, result, phrases) in cases {
        assert_eq!(diagnose(&["money", answer]).0, result);
        let text = format!("{}\n{}", shown(result), shipped().result(result).unwrap().title);
        assert_contains(&text, phrases, result);
    }
}

/// A 資格確認書 alone is enough, except that some cities give 70–74-year-olds in 国保 a separate
/// 高齢受給者証 to show with it.
#[test]
fn what_to_bring_names_the_separate_card_for_70_to_74() {
    let text = shown("which-to-bring");
    assert!(text.contains("70〜74歳") && text.contains("高齢受給者証"), "{text}");
}

/// A visit tomorrow without the card: asked first, and told what happens at the desk, with the
/// refund route if full payment is asked. Links made before the question was asked still open.
#[test]
fn a_visit_tomorrow_without_the_card() {
    let g = shipped();
    assert_eq!(diagnose(&["urgent", "none"]).0, "visit-without-card");
    let first = first_step("visit-without-card");
    assert!(first.starts_with("受診の前に、病院・薬局に電話して"), "{first}");
    let text = shown("visit-without-card");
    assert_contains(&text, &["全額(10割)", "領収書", "精算", "療養費", "それだけでは受診できません"], "text");
    let old: Place = "/r/visit-soon/via/urgent/".parse().unwrap();
    let walk = g.resolve(&old).expect("a link from before the question opens");
    assert_eq!(g.place_of(&walk).to_string(), "/r/visit-soon/via/urgent.has/");
}

/// Away from the counter (Mynaportal, the phone, a life change), a result puts the person's own
/// first step first; at the counter, or from a link without answers, the counter box opens it.
#[test]
fn the_counter_box_leads_only_where_the_person_may_be_at_the_counter() {
    let g = shipped();
    let at = |answers: &[&str]| g.walk(answers).unwrap().at_counter();
    assert!(at(&["clinic", "not-recognized", "earlier", "yes"]));
    assert!(at(&["urgent", "has"]), "a visit today or tomorrow");
    assert!(at(&["clinic", "face-fail"]));
    assert!(!at(&["portal", "not-found", "self", "job"]));
    assert!(!at(&["change", "turning-75"]));
    assert!(!at(&["money", "paid-full"]));
    assert!(g.resolve(&Place::result("after-insurance-change")).unwrap().at_counter(), "a sent link");
}

/// The first screen offers each situation once, in at most seven choices, in the words the
/// person saw: the reader says 「資格情報なし」, not 「資格が確認できません」.
#[test]
fn the_first_question_names_each_situation_once_in_at_most_seven_choices() {
    let g = shipped();
    let start = g.question(&g.meta.start).unwrap();
    assert!(start.answers.len() <= 7, "{} choices on the first screen", start.answers.len());
    let labels: Vec<&str> = start.answers.iter().map(|a| a.label.as_str()).collect();
    for word in ["電子証明書", "75歳", "資格確認書", "顔認証", "暗証番号", "マイナポータル"] {
        let with = labels.iter().filter(|l| l.contains(word)).count();
        assert_eq!(with, 1, "「{word}」 is in {with} of the first screen's choices: {labels:?}");
    }
    assert!(labels[0].contains("資格情報なし") && !labels.iter().any(|l| l.contains("資格が確認できません")));
}

/// Someone looking things up for a parent or a child is asked what happened to them, and is led
/// to that person's situation, as the person's own answers would.
#[test]
fn a_family_member_is_led_to_the_situation_of_the_person_it_is_about() {
    assert_eq!(diagnose(&["for-family", "clinic", "turning-75"]).0, "turning-75");
    assert_eq!(diagnose(&["for-family", "clinic", "not-yet"]).0, "not-registered");
    assert_eq!(diagnose(&["for-family", "clinic", "none"]).0, "clinic-record-check");
    assert_eq!(diagnose(&["for-family", "dependent"]).0, "family-record");
    assert_eq!(diagnose(&["for-family", "lost"]).0, "card-lost");
    assert_eq!(diagnose(&["for-family", "help"]).0, "for-family");
    let g = shipped();
    let says: Vec<String> =
        g.walk(&["for-family", "clinic", "left-job"]).unwrap().taken.iter().map(|t| t.answer.says.clone()).collect();
    assert_contains(&says.join(""), &["家族(親など", "本人は最近、会社をやめました"], "the family path's message");
}

/// Links published when smartphones, face authentication, the certificate notice, 75, the
/// letters and the family page were choices of the first screen open the same result, and show
/// the answers as they are asked now.
#[test]
fn links_from_when_the_first_screen_had_twelve_choices_open_the_same_result() {
    let g = shipped();
    for (link, now) in [
        ("/r/app-reading-error/via/app.supported.read-error/", "portal.app.supported.read-error"),
        ("/r/face-auth-trouble/via/face/", "clinic.face-fail"),
        ("/r/certificate-expiry/via/certificate-notice/", "card.certificate"),
        ("/r/turning-75/via/turning-75/", "change.turning-75"),
        ("/r/which-to-bring/?a=letter", "money.letter"),
        ("/r/kakunin-missing/via/kakunin/", "money.kakunin"),
        ("/r/for-family/via/for-family/", "for-family.help"),
        ("/r/visit-soon/via/urgent/", "urgent.has"),
    ] {
        let place: Place = link.parse().unwrap_or_else(|e| panic!("{link}: {e}"));
        let walk = g.resolve(&place).unwrap_or_else(|e| panic!("{link}: {e}"));
        assert_eq!(walk.answer_ids().join("."), now, "{link}");
    }
    let stale: Place = "/r/turning-75/via/app.unknown/".parse().unwrap();
    assert!(matches!(g.resolve(&stale), Err(LinkError::AnswersLeadElsewhere { .. })));
}
