//! The shipped data loads, and each validation rule refuses a broken table with a message that
//! names the id and the field.

mod common;

use common::{shipped, shipped_value};
use myna_diagnosis::diagnosis::{guide, Guide, Lang};
use serde_json::{json, Value};

/// Breaks a copy of the shipped JSON and returns the validation message.
fn error_after(edit: impl FnOnce(&mut Value)) -> String {
    let mut v = shipped_value();
    edit(&mut v);
    match Guide::from_json(&v.to_string()) {
        Ok(_) => panic!("the broken table was accepted"),
        Err(e) => e.to_string(),
    }
}

fn question_mut<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["questions"].as_array_mut().unwrap().iter_mut().find(|q| q["id"] == id).unwrap()
}

fn result_mut<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["results"].as_array_mut().unwrap().iter_mut().find(|r| r["id"] == id).unwrap()
}

#[test]
fn shipped_guide_is_valid() {
    let g = shipped();
    assert_eq!(g.meta.as_of, "2025-12-01");
    assert_eq!(g.scenes.len(), 3);
    assert!(g.results.len() >= 10);
}

#[test]
fn json_syntax_error_names_line_and_column() {
    let msg = Guide::from_json("{\n  \"meta\": ,\n}").unwrap_err().to_string();
    assert!(msg.starts_with("assets/diagnosis.json: line 2, column 11: "), "{msg}");
}

#[test]
fn unknown_field_is_refused() {
    let msg = error_after(|v| v["results"][0]["titel"] = json!("typo"));
    assert!(msg.contains("unknown field `titel`"), "{msg}");
}

#[test]
fn duplicate_result_id() {
    let msg = error_after(|v| {
        let copy = v["results"][0].clone();
        v["results"].as_array_mut().unwrap().push(copy);
    });
    assert_eq!(msg, "result \"visit-soon\": id: duplicate id \"visit-soon\"");
}

#[test]
fn duplicate_answer_id_within_a_question() {
    let msg = error_after(|v| question_mut(v, "portal-whose")["answers"][1]["id"] = json!("self"));
    assert_eq!(msg, "question \"portal-whose\": answers: duplicate id \"self\"");
}

#[test]
fn id_that_cannot_be_in_a_link() {
    let msg = error_after(|v| result_mut(v, "pin-locked")["id"] = json!("PIN locked"));
    assert_eq!(msg, "result \"PIN locked\": id: \"PIN locked\" must be a slug of a-z, 0-9 and -");
}

#[test]
fn question_with_no_answers() {
    let msg = error_after(|v| {
        let q = question_mut(v, "app-symptom");
        q["answers"] = json!([]);
    });
    assert_eq!(msg, "question \"app-symptom\": answers: has no answers");
}

#[test]
fn answer_that_leads_nowhere() {
    let msg =
        error_after(|v| question_mut(v, "portal-whose")["answers"][1]["next"] = json!({"result": "famly-record"}));
    assert_eq!(
        msg,
        "question \"portal-whose\": answers[1].next: answer \"family\" leads to unknown result \"famly-record\""
    );
}

#[test]
fn answer_to_an_unknown_question() {
    let msg = error_after(|v| question_mut(v, "where")["answers"][0]["next"] = json!({"question": "nowhere"}));
    assert_eq!(msg, "question \"where\": answers[0].next: answer \"clinic\" leads to unknown question \"nowhere\"");
}

#[test]
fn unknown_cause_reference() {
    let msg = error_after(|v| result_mut(v, "name-changed")["causes"][1] = json!("no-such-cause"));
    assert_eq!(msg, "result \"name-changed\": causes[1]: unknown cause \"no-such-cause\"");
}

#[test]
fn unknown_check_reference() {
    let msg = error_after(|v| result_mut(v, "pin-locked")["checks"][0] = json!("pin-hlep"));
    assert_eq!(msg, "result \"pin-locked\": checks[0]: unknown check \"pin-hlep\"");
}

#[test]
fn unknown_scene_first_check() {
    let msg = error_after(|v| v["scenes"][2]["first_check"] = json!("nope"));
    assert_eq!(msg, "scene \"app\": first_check: unknown check \"nope\"");
}

#[test]
fn result_with_no_cards() {
    let msg = error_after(|v| result_mut(v, "pin-locked")["checks"] = json!([]));
    assert_eq!(msg, "result \"pin-locked\": checks: has no cards");
}

#[test]
fn unreachable_result() {
    let msg = error_after(|v| {
        let mut orphan = v["results"][0].clone();
        orphan["id"] = json!("orphan");
        v["results"].as_array_mut().unwrap().push(orphan);
    });
    assert_eq!(msg, "result \"orphan\": id: is not reachable from the start question");
}

#[test]
fn unreachable_question() {
    let msg = error_after(|v| {
        let mut orphan = question_mut(v, "app-symptom").clone();
        orphan["id"] = json!("orphan-question");
        v["questions"].as_array_mut().unwrap().push(orphan);
    });
    assert_eq!(msg, "question \"orphan-question\": id: is not reachable from the start question");
}

#[test]
fn cycle() {
    let msg = error_after(|v| {
        question_mut(v, "portal-submitted")["answers"][0]["next"] = json!({"question": "portal-whose"})
    });
    assert_eq!(msg, "question \"portal-submitted\": answers[0].next: answer \"no\" leads back to question \"portal-whose\" (a cycle)");
}

#[test]
fn question_with_two_ways_in() {
    let msg =
        error_after(|v| question_mut(v, "app-symptom")["answers"][0]["next"] = json!({"question": "clinic-change"}));
    // Which of the two ways in is named first depends on the walk order; both are named.
    assert!(msg.contains(": question \"clinic-change\" is also reached from question "), "{msg}");
    assert!(msg.contains("app-symptom") && msg.contains("clinic-registered"), "{msg}");
    assert!(msg.ends_with("each question must have one way in, so its link says how it was reached"), "{msg}");
}

#[test]
fn bad_date() {
    let msg = error_after(|v| v["facts"][0]["date"] = json!("2025/12/02"));
    assert_eq!(msg, "fact \"late-elderly-2026-08\": date: \"2025/12/02\" is not a date of the form YYYY-MM-DD");
}

#[test]
fn source_must_be_https() {
    let msg = error_after(|v| v["causes"][2]["source"] = json!("www.example.org"));
    assert_eq!(msg, "cause \"insurer-data-outdated\": source: \"www.example.org\" is not an https:// address");
}

#[test]
fn source_must_be_the_page_not_the_site() {
    let msg = error_after(|v| v["causes"][2]["source"] = json!("https://www.mhlw.go.jp/"));
    assert_eq!(
        msg,
        "cause \"insurer-data-outdated\": source: \"https://www.mhlw.go.jp/\" is a site's top page: cite the page that states the claim"
    );
}

#[test]
fn alias_to_unknown_result() {
    let msg = error_after(|v| v["aliases"] = json!({"old-name": "gone"}));
    assert_eq!(msg, "alias \"old-name\": target: unknown result \"gone\"");
}

#[test]
fn alias_shadowing_a_result() {
    let msg = error_after(|v| v["aliases"] = json!({"pin-locked": "reader-trouble"}));
    assert_eq!(msg, "alias \"pin-locked\": name: is the id of a current result");
}

#[test]
fn an_ended_rule_must_be_worded_as_ended() {
    let msg = error_after(|v| {
        let fact = v["facts"].as_array_mut().unwrap().iter_mut().find(|f| f["until"].is_string()).unwrap();
        fact["id"] = json!("temporary-rule");
        fact["until"] = json!("2026-03-31");
        fact["text"] = json!("期限切れの保険証でも、2026年3月31日までは受診できます。");
    });
    assert_eq!(
        msg,
        format!(
            "fact \"temporary-rule\": text: the rule ended on 2026-03-31, before the check date {}, but the text does not say so (use 終了しました or 終わりました)",
            shipped().meta.checked
        )
    );
}

#[test]
fn an_ended_rule_in_a_step_must_be_worded_as_ended() {
    let msg = error_after(|v| {
        let step = &mut v["checks"][0]["steps"][1];
        step["until"] = json!("2026-03-31");
    });
    let expected = format!(
        "steps[1].text: the rule ended on 2026-03-31, before the check date {}, but the text does not say so (use 終了しました or 終わりました)",
        shipped().meta.checked
    );
    assert!(msg.ends_with(&expected), "{msg}");
}

#[test]
fn a_rule_still_running_may_be_worded_as_current() {
    let mut v = shipped_value();
    let fact = v["facts"].as_array_mut().unwrap().iter_mut().find(|f| f["until"].is_string()).unwrap();
    fact["until"] = json!("2027-03-31");
    fact["text"] = json!("2027年3月31日までは受診できます。");
    assert!(Guide::from_json(&v.to_string()).is_ok());
}

#[test]
fn a_source_needs_the_day_it_was_read() {
    let msg = error_after(|v| {
        let cause = v["causes"].as_array_mut().unwrap().iter_mut().find(|c| c["source"].is_string()).unwrap();
        cause.as_object_mut().unwrap().remove("checked");
    });
    assert!(msg.ends_with(": checked: is missing: say when the source was read"), "{msg}");
}

#[test]
fn a_source_read_after_the_data_was_checked() {
    let msg = error_after(|v| v["desk"]["checked"] = json!("2027-01-05"));
    assert_eq!(
        msg,
        format!(
            "desk: checked: 2027-01-05 is not between the guide's date 2025-12-01 and the data's check date {}",
            shipped().meta.checked
        )
    );
}

#[test]
fn the_check_date_cannot_precede_the_guide() {
    let msg = error_after(|v| v["meta"]["checked"] = json!("2025-11-30"));
    assert_eq!(msg, "meta: checked: 2025-11-30 is before the guide's date 2025-12-01");
}

#[test]
fn too_many_numbered_steps() {
    let msg = error_after(|v| {
        let r = result_mut(v, "pin-locked");
        let more: Vec<Value> =
            ["check-insurer-number", "check-mynumber-submitted", "check-personal-info"].map(|c| json!(c)).to_vec();
        r["checks"].as_array_mut().unwrap().extend(more);
        r["more"] = json!([]);
    });
    assert!(msg.starts_with("result \"pin-locked\": checks: has "), "{msg}");
    assert!(msg.ends_with(" numbered steps; at most 7 fit, move rarer checks to \"more\""), "{msg}");
}

#[test]
fn a_folded_check_that_is_also_numbered() {
    let msg = error_after(|v| {
        let r = result_mut(v, "pin-locked");
        let first = r["checks"][0].clone();
        r["more"] = json!([first]);
    });
    assert_eq!(msg, "result \"pin-locked\": more[0]: check \"pin-help\" is already numbered");
}

#[test]
fn a_step_calls_an_unknown_phone() {
    let msg = error_after(|v| v["checks"][0]["steps"][0]["call"] = json!("no-such-line"));
    assert!(msg.ends_with("steps[0].call: unknown phone \"no-such-line\""), "{msg}");
}

/// Reception staff, a number to call and a dated change of the rules rest on the official page
/// itself, not on a reprint.
#[test]
fn what_the_desk_shows_and_the_numbers_cite_official_pages() {
    let reprint = "https://www.example.com/news/2025/mynahoken.html";
    let msg = error_after(|v| v["desk"]["sources"][0] = json!(reprint));
    assert_eq!(msg, format!("desk: sources[0]: \"{reprint}\" is not an official page: cite the body that states it"));
    let msg = error_after(|v| v["phones"][0]["source"] = json!(reprint));
    assert!(
        msg.ends_with(&format!("source: \"{reprint}\" is not an official page: cite the body that states it")),
        "{msg}"
    );
    let msg = error_after(|v| v["facts"][0]["source"] = json!(reprint));
    assert!(msg.starts_with("fact \""), "{msg}");
}

/// The guide the browser loads resolves its references too: a dangling id is a data error
/// naming the item, never a missing card.
#[test]
fn a_dangling_reference_is_named_before_anything_else_about_it() {
    let msg = error_after(|v| v["meta"]["counter"] = json!("no-such-check"));
    assert_eq!(msg, "meta: counter: unknown check \"no-such-check\"");
    let msg = error_after(|v| v["contacts"]["phones"][1] = json!("no-such-line"));
    assert_eq!(msg, "contacts: phones[1]: unknown phone \"no-such-line\"");
}

#[test]
fn a_phone_number_that_cannot_be_dialled() {
    let msg = error_after(|v| v["phones"][0]["number"] = json!("0120-95-O178"));
    assert_eq!(
        msg,
        "phone \"myna-dial\": number: \"0120-95-O178\" is not a Japanese phone number of digits and hyphens"
    );
}

#[test]
fn a_result_reached_at_the_desk_must_offer_the_desk_view() {
    let msg = error_after(|v| {
        result_mut(v, "reader-trouble")["desk"] = json!(false);
    });
    assert_eq!(
        msg,
        "result \"reader-trouble\": desk: is reached at the reception desk (scene \"clinic\") but does not offer the desk view"
    );
}

#[test]
fn numbered_checks_follow_the_order_of_the_days() {
    let msg = error_after(|v| {
        let result = result_mut(v, "name-changed");
        result["checks"] = json!(["contact-insurer", "check-personal-info"]);
        result["more"] = json!([]);
    });
    assert_eq!(
        msg,
        "result \"name-changed\": checks[1]: check \"check-personal-info\" (now) comes after \"contact-insurer\" (soon); order the steps by when to do them"
    );
}

#[test]
fn a_desk_result_says_one_line_to_the_staff() {
    let msg = error_after(|v| {
        result_mut(v, "pin-locked").as_object_mut().unwrap().remove("desk_note");
    });
    assert_eq!(
        msg,
        "result \"pin-locked\": desk_note: is missing: the desk view says one line about this person's situation"
    );
}

#[test]
fn the_counter_check_is_not_numbered_again_on_a_desk_result() {
    let msg = error_after(|v| result_mut(v, "pin-locked")["checks"] = json!(["reader-help", "pin-help"]));
    assert_eq!(
        msg,
        "result \"pin-locked\": checks[0]: check \"reader-help\" already opens the page as what to do at the counter"
    );
}

#[test]
fn a_glossary_term_explained_twice() {
    let msg = error_after(|v| {
        let first = v["glossary"][0].clone();
        v["glossary"].as_array_mut().unwrap().push(first);
    });
    assert!(msg.starts_with("glossary: ["), "{msg}");
    assert!(msg.ends_with("]: duplicate term \"保険者\""), "{msg}");
}

#[test]
fn a_reminder_too_far_away() {
    let msg = error_after(|v| result_mut(v, "waiting-for-insurer")["recheck_days"] = json!(90));
    assert_eq!(msg, "result \"waiting-for-insurer\": recheck_days: must be between 1 and 60");
}

#[test]
fn moved_answers_must_have_moved() {
    let msg = error_after(|v| v["moved_answers"] = json!({"urgent.has": "urgent.has"}));
    assert_eq!(msg, "moved answers \"urgent.has\": name: still leads to a result: links with it need no move");
}

#[test]
fn moved_answers_must_lead_somewhere() {
    let msg = error_after(|v| v["moved_answers"] = json!({"urgent": "urgent.gone"}));
    assert_eq!(msg, "moved answers \"urgent\": target: \"urgent.gone\" is not a path of the flow");
}

#[test]
fn at_home_is_for_the_first_question_away_from_the_desk() {
    let msg = error_after(|v| {
        let clinic = v["questions"][0]["answers"].as_array_mut().unwrap().iter_mut().find(|a| a["id"] == "clinic");
        clinic.unwrap()["at_home"] = json!(true);
    });
    assert_eq!(
        msg,
        "question \"where\": answers[0].at_home: is for answers of the first question that are not at the reception desk"
    );
}

#[test]
fn a_ui_text_without_the_placeholder_its_place_fills_is_refused() {
    let msg = error_after(|v| v["ui"]["more_checks"] = json!("ほかに確かめること({count}項目)"));
    assert_eq!(msg, "ui: more_checks: must contain {first}, which its place fills in");
}

#[test]
fn a_missing_ui_text_is_refused_with_its_name() {
    let msg = error_after(|v| {
        v["ui"].as_object_mut().unwrap().remove("share");
    });
    assert!(msg.contains("missing field `share`"), "{msg}");
}

/// Every result is one tap from the index: in exactly one group, with the words a person has
/// likely seen or been told.
#[test]
fn every_result_is_in_one_index_group_with_what_people_hear() {
    let msg = error_after(|v| {
        let group = v["index"]["groups"][0]["results"].as_array_mut().unwrap();
        group.remove(0);
    });
    assert!(msg.ends_with("id: is in no index group: every result is one tap from the index"), "{msg}");
    let msg = error_after(|v| {
        let first = v["index"]["groups"][0]["results"][0].clone();
        v["index"]["groups"][1]["results"].as_array_mut().unwrap().push(first);
    });
    assert!(msg.contains("is already in group"), "{msg}");
    let msg = error_after(|v| v["index"]["groups"][0]["results"][0] = json!("no-such-result"));
    assert!(msg.ends_with("results[0]: unknown result \"no-such-result\""), "{msg}");
    let msg = error_after(|v| result_mut(v, "pin-locked")["heard"] = json!([]));
    assert_eq!(msg, "result \"pin-locked\": heard: must list 1 to 4 phrases");
    let long = "「資格情報なし」と出た".repeat(5);
    let msg = error_after(|v| result_mut(v, "pin-locked")["heard"] = json!([long]));
    assert_eq!(msg, "result \"pin-locked\": heard[0]: must be 1 to 40 characters, not 55");
}

#[test]
fn every_language_loads_and_passes_the_same_validation_as_the_japanese() {
    for &lang in Lang::ALL {
        let g = guide(lang).unwrap_or_else(|e| panic!("the guide in {} is invalid: {e}", lang.code()));
        assert_eq!(g.lang, lang);
    }
}
