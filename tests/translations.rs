//! The guide in every language: each translation covers every text of the Japanese, is made from
//! today's Japanese, shows the words met on paper in Japanese beside it, and adds nothing but
//! text; what stays Japanese (the message sent, the phone script) is the Japanese guide's own.

mod common;

use common::shipped;
use myna_diagnosis::diagnosis::texts::{assemble, layout, texts, translate};
use myna_diagnosis::diagnosis::{guide, End, Lang, Voice, GUIDE_JSON};
use serde_json::{json, Value};

/// A small guide in the shape the checks read: a result, a glossary with a paper word.
fn tiny() -> Value {
    json!({
        "meta": { "title": "診断", "checked": "2026-12-04" },
        "glossary": [{ "term": "資格確認書", "paper": true, "plain": "届く書類です。" }],
        "results": [{ "id": "card-lost", "title": "カードをなくした", "checks": ["lost"], "heard": ["なくした"] }]
    })
}

fn translated(translations: Value) -> Result<String, String> {
    translate(&tiny().to_string(), &translations.to_string(), "en", "assets/i18n/en.json")
}

fn whole() -> Value {
    json!({
        "meta.title": { "ja": "診断", "en": "Check" },
        "glossary.0.term": { "ja": "資格確認書", "en": "Eligibility Certificate" },
        "glossary.0.plain": { "ja": "届く書類です。", "en": "A paper you receive." },
        "results.card-lost.title": { "ja": "カードをなくした", "en": "You lost your card" },
        "results.card-lost.heard.0": { "ja": "なくした", "en": "I lost it" }
    })
}

#[test]
fn a_text_is_keyed_by_its_place_ids_and_positions_and_ids_dates_and_links_are_not_texts() {
    let keys: Vec<String> = texts(&tiny()).into_iter().map(|(k, _)| k).collect();
    assert_eq!(
        keys,
        ["glossary.0.plain", "glossary.0.term", "meta.title", "results.card-lost.heard.0", "results.card-lost.title"]
    );
}

#[test]
fn a_whole_translation_replaces_the_texts_and_keeps_everything_else() {
    let guide: Value = serde_json::from_str(&translated(whole()).unwrap()).unwrap();
    assert_eq!(guide["results"][0]["title"], "You lost your card");
    assert_eq!(guide["results"][0]["id"], "card-lost");
    assert_eq!(guide["results"][0]["checks"], json!(["lost"]));
    assert_eq!(guide["meta"]["checked"], "2026-12-04", "dates are the Japanese file's");
    assert_eq!(guide["glossary"][0]["paper"], true);
}

#[test]
fn each_problem_names_the_file_the_key_and_the_language() {
    let mut t = whole();
    t.as_object_mut().unwrap().remove("meta.title");
    assert_eq!(
        translated(t).unwrap_err(),
        "assets/i18n/en.json: meta.title: missing; translate 「診断」 (language \"en\")"
    );

    let mut t = whole();
    t["results.card-lost.title"]["ja"] = json!("カードを落とした");
    assert_eq!(
        translated(t).unwrap_err(),
        "assets/i18n/en.json: results.card-lost.title: translated from an older Japanese text 「カードを落とした」; \
         translate 「カードをなくした」 and update its \"ja\" (language \"en\")"
    );

    let mut t = whole();
    t["results.card-lost.heard.0"]["en"] = json!("  ");
    assert_eq!(
        translated(t).unwrap_err(),
        "assets/i18n/en.json: results.card-lost.heard.0: is empty (language \"en\")"
    );

    let mut t = whole();
    t["results.gone.title"] = json!({ "ja": "古い", "en": "Old" });
    assert_eq!(
        translated(t).unwrap_err(),
        "assets/i18n/en.json: results.gone.title: no such text in assets/diagnosis.json; remove it (language \"en\")"
    );
}

#[test]
fn a_word_met_on_paper_stays_beside_its_translation() {
    let mut guide = tiny();
    guide["results"][0]["title"] = json!("資格確認書が届かない");
    let mut t = whole();
    t["results.card-lost.title"] =
        json!({ "ja": "資格確認書が届かない", "en": "Your Eligibility Certificate has not come" });
    assert_eq!(
        translate(&guide.to_string(), &t.to_string(), "en", "assets/i18n/en.json").unwrap_err(),
        "assets/i18n/en.json: results.card-lost.title: must show 「資格確認書」 beside its translation, as the reader \
         meets it on paper (language \"en\")"
    );
    t["results.card-lost.title"]["en"] = json!("Your Eligibility Certificate (資格確認書) has not come");
    assert!(translate(&guide.to_string(), &t.to_string(), "en", "assets/i18n/en.json").is_ok());
}

#[test]
fn the_app_embeds_one_structure_and_each_languages_texts_and_they_fit_back_together() {
    let ja = layout(GUIDE_JSON).unwrap();
    let back: Value = serde_json::from_str(&assemble(&ja.structure, &ja.texts)).unwrap();
    assert_eq!(back, serde_json::from_str::<Value>(GUIDE_JSON).unwrap());
    for &lang in Lang::ALL {
        let shipped = serde_json::from_str::<Value>(&lang.guide_json()).unwrap();
        assert_eq!(layout(&shipped.to_string()).unwrap().structure, ja.structure, "{lang:?} differs only in its texts");
    }
}

#[test]
fn every_language_has_every_text_filled() {
    let ja = texts(&serde_json::from_str::<Value>(GUIDE_JSON).unwrap()).len();
    for &lang in Lang::ALL {
        let json = serde_json::from_str::<Value>(&lang.guide_json()).unwrap();
        let all = texts(&json);
        assert_eq!(all.len(), ja, "{lang:?}");
        assert!(all.iter().all(|(_, t)| !t.trim().is_empty()), "{lang:?}");
    }
    let en = guide(Lang::En).unwrap();
    assert_eq!(en.result("card-lost").map(|r| r.id.as_str()), Some("card-lost"));
    assert_ne!(en.result("card-lost").map(|r| &r.title), shipped().result("card-lost").map(|r| &r.title));
}

#[test]
fn what_stays_japanese_is_the_japanese_guides_own_words_for_the_same_answers_and_voice() {
    let (ja, en) = (shipped(), guide(Lang::En).unwrap());
    let answers = ["portal", "not-found", "self", "job"];
    let walk = en.walk(&answers).unwrap();
    let End::Show(result) = walk.end else { panic!("a result") };
    let father = Voice::For(&en.reading.voice.relations[0]);
    let (ja_walk, ja_result, ja_voice) = en.same_in(ja, &walk, result, father).expect("the same walk in Japanese");
    assert_eq!(ja_voice, Voice::For("父"));
    assert_eq!(ja_walk.answer_ids(), answers);
    let message = ja.message(&ja_walk, ja_result, ja_voice).unwrap();
    assert_eq!(
        message,
        ja.message(&ja.walk(&answers).unwrap(), ja.result(&result.id).unwrap(), Voice::For("父")).unwrap()
    );
    assert!(message.starts_with("人事・総務ご担当者様"), "{message}");
    // A result's stable link has no answers: its Japanese has none either.
    let stable = en.screen(&"/r/card-lost/".parse().unwrap()).unwrap();
    let myna_diagnosis::diagnosis::Screen::Result(shown) = stable else { panic!("a result") };
    let (walk, _, _) = en.same_in(ja, &shown.walk, shown.result, Voice::Own).unwrap();
    assert!(walk.taken.is_empty());
}

#[test]
fn a_glossary_word_has_its_japanese_counterpart_in_the_same_place() {
    let (ja, en) = (shipped(), guide(Lang::En).unwrap());
    let certificate = en.glossary.iter().find(|t| t.term == "Eligibility Certificate").expect("the English term");
    assert_eq!(en.term_in(ja, certificate).map(|t| t.term.as_str()), Some("資格確認書"));
    let paper: Vec<&str> = ja.glossary.iter().filter(|t| t.paper).map(|t| t.term.as_str()).collect();
    for word in [
        "保険者",
        "資格確認書",
        "資格情報のお知らせ",
        "マイナポータル",
        "被保険者資格申立書",
        "国民健康保険",
        "電子証明書",
        "暗証番号",
    ] {
        assert!(paper.contains(&word), "{word} is met on paper");
    }
}
