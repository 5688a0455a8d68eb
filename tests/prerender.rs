//! The static pages: one per route, each naming its own result, with its content in the HTML.
#![cfg(feature = "ssr")]

mod common;

use common::shipped;
use myna_diagnosis::diagnosis::Lang;
use myna_diagnosis::prerender::{render_site, StaticPage};

const TEMPLATE: &str = r#"<!doctype html><html lang="ja"><head><meta name="apple-mobile-web-app-title" content="マイナ診断"><title>x</title><base href="/myna/" /><link rel="manifest" href="manifest.webmanifest"></head><body><div id="app"></div></body></html>"#;

fn site() -> Vec<StaticPage> {
    render_site(TEMPLATE, Some("https://example.org/myna/")).expect("the site renders")
}

fn page<'a>(pages: &'a [StaticPage], file: &str) -> &'a StaticPage {
    pages.iter().find(|p| p.file == file).unwrap_or_else(|| panic!("no page {file}"))
}

#[test]
fn every_result_has_a_page_naming_it_with_its_first_step_in_the_html() {
    let g = shipped();
    let pages = site();
    for result in &g.results {
        let html = &page(&pages, &format!("r/{}/index.html", result.id)).content;
        let title = format!("{} | マイナ保険証 紐づけ診断", result.title);
        assert!(html.contains(&format!("<title>{title}</title>")), "{}", result.id);
        assert!(html.contains(&format!(r#"<meta property="og:title" content="{title}">"#)), "{}", result.id);
        assert!(html.contains(&format!(r#"<meta property="og:description" content="{}">"#, result.summary)));
        let canonical = format!(r#"<link rel="canonical" href="https://example.org/myna/r/{}/">"#, result.id);
        assert!(html.contains(&canonical), "{}", result.id);
        let first_step = &g.get(&result.checks[0]).steps[0].text;
        assert!(html.contains(first_step.as_str()), "{}: first step missing", result.id);
        assert!(html.contains(&format!(r#"<div id="app" data-page="/r/{}/">"#, result.id)));
        assert!(page(&pages, &format!("r/{}/desk/index.html", result.id)).content.contains("被保険者資格申立書"));
    }
}

#[test]
fn start_questions_and_404_are_pages_too() {
    let g = shipped();
    let pages = site();
    assert!(page(&pages, "index.html").content.contains("どこで困っていますか?"));
    for q in g.questions.iter().filter(|q| !g.meta.start.is(q)) {
        assert!(page(&pages, &format!("q/{}/index.html", q.id)).content.contains(q.text.as_str()), "{}", q.id);
    }
    let not_found = &page(&pages, "404.html").content;
    assert!(not_found.contains("リンクを開けませんでした"));
    let html = pages.iter().filter(|p| p.file.ends_with(".html")).count();
    assert_eq!(html, Lang::ALL.len() * g.pages().len() + 1, "every page in every language, and 404.html");
}

#[test]
fn links_in_the_pages_respect_the_sub_path() {
    let pages = site();
    let start = &page(&pages, "index.html").content;
    assert!(start.contains(r#"href="/myna/q/portal-symptom/""#), "answer links carry the public URL");
    assert!(start.contains(r#"href="/myna/q/visit-card/""#));
    assert!(start.contains(r#"data-remember="/myna/start/urgent/""#));
    assert!(start.contains(r#"<meta property="og:image" content="https://example.org/myna/og.png">"#));
}

#[test]
fn the_end_of_a_walk_and_a_revisited_question_are_whole_pages() {
    let pages = site();
    let end = &page(&pages, "r/name-changed/via/portal.not-found.self.name/index.html").content;
    assert!(end.contains(r#"<div id="app" data-page="/r/name-changed/via/portal.not-found.self.name/">"#));
    assert!(end.contains("この結果になった答え"), "the answers given are on the page");
    assert!(end.contains(r#"href="/myna/q/portal-change/name/""#), "back leads to the question, answer marked");
    assert!(end.contains(r#"href="/myna/start/portal/""#), "change the first answer");
    assert!(end.contains(r#"<link rel="canonical" href="https://example.org/myna/r/name-changed/">"#));
    assert!(
        end.contains(r#"data-share="/myna/r/name-changed/?sent""#),
        "the stable link is what is shared, marked as sent"
    );
    let back = &page(&pages, "q/portal-change/name/index.html").content;
    assert!(back.contains(r#"aria-current="true""#) && back.contains("前回えらんだ答え"));
    let desk = &page(&pages, "r/pin-locked/via/clinic.pin-locked/desk/index.html").content;
    assert!(
        desk.contains(r#"href="/myna/r/pin-locked/via/clinic.pin-locked/""#),
        "the desk view leads back to the walk"
    );
    let start_again = &page(&pages, "start/clinic/index.html").content;
    assert!(start_again.contains("いくつかの質問に答えると") && start_again.contains("前回えらんだ答え"));
}

#[test]
fn a_template_without_the_app_slot_is_refused() {
    let err = render_site("<html><body></body></html>", None).unwrap_err();
    assert_eq!(err, r#"index.html must contain <div id="app"></div> for the pages' markup"#);
}

/// On the page about the information (which each result links to), a rule that has ended is
/// dated by its end, one still running by its start; and every page
/// carries the note for an old copy, hidden, with the day from which it shows.
#[test]
fn dated_facts_show_when_an_ended_rule_ended_and_pages_carry_the_stale_note() {
    let pages = site();
    let html = &page(&pages, "about/index.html").content;
    assert!(html.contains(r#"<strong class="date">2026年3月31日まで</strong> 期限切れの保険証"#), "ended rule");
    assert!(html.contains(r#"<strong class="date">2025年12月2日</strong> 従来の健康保険証"#), "running rule");
    let result = &page(&pages, "r/card-lost/index.html").content;
    assert!(result.contains(r#"about/">2025年12月1日より後に変わったこと("#), "a result links the page");
    for file in ["index.html", "r/card-lost/index.html", "q/visit-card/index.html", "about/index.html"] {
        let html = &page(&pages, file).content;
        let note = html.split("<div ").find(|tag| tag.contains(r#"class="stale-note""#)).expect(file);
        let tag = &note[..note.find('>').unwrap()];
        assert!(tag.contains(r#"data-stale-from="2027-06-05""#) && tag.contains("hidden"), "{file}: {tag}");
    }
}

#[test]
fn each_language_has_every_page_in_its_own_words_with_its_language_in_the_head() {
    let pages = site();
    let head = |file: &str| page(&pages, file).content.split("</head>").next().unwrap_or_default().to_string();
    let en = page(&pages, "en/r/card-lost/index.html").content.clone();
    assert!(en.starts_with("<!doctype html><html lang=\"en\">"), "English pages say so to screen readers");
    assert!(head("en/r/card-lost/index.html").contains(r#"<meta property="og:locale" content="en_US">"#));
    assert!(head("en/r/card-lost/index.html").contains(r#"<link rel="manifest" href="manifest.en.webmanifest">"#));
    assert!(
        head("en/r/card-lost/index.html").contains(r#"<meta name="apple-mobile-web-app-title" content="Myna check">"#)
    );
    assert!(head("r/card-lost/index.html").contains(r#"<link rel="manifest" href="manifest.webmanifest">"#));
    let easy = &page(&pages, "easy/r/card-lost/index.html").content;
    assert!(easy.contains("<html lang=\"ja\">"), "やさしい日本語 is read with a Japanese voice");
    for (file, lang) in [("r/card-lost/index.html", Lang::Ja), ("en/r/card-lost/index.html", Lang::En)] {
        let g = myna_diagnosis::diagnosis::guide(lang).unwrap();
        let title = &g.result("card-lost").unwrap().title;
        assert!(head(file).contains(&format!("<title>{title} | {}</title>", g.meta.title)), "{file}");
    }
    // Each canonical page names the same page in Japanese and English for search engines; a
    // walk's page names none (search engines read alternates on canonical pages only).
    for file in ["r/card-lost/index.html", "en/r/card-lost/index.html", "easy/r/card-lost/index.html"] {
        let head = head(file);
        assert!(
            head.contains(r#"<link rel="alternate" hreflang="ja" href="https://example.org/myna/r/card-lost/">"#),
            "{file}"
        );
        assert!(
            head.contains(r#"<link rel="alternate" hreflang="en" href="https://example.org/myna/en/r/card-lost/">"#),
            "{file}"
        );
    }
    assert!(head("en/r/card-lost/index.html")
        .contains(r#"<link rel="canonical" href="https://example.org/myna/en/r/card-lost/">"#));
}

#[test]
fn every_page_offers_the_same_screen_with_the_same_answers_in_each_other_language() {
    let pages = site();
    let walk = "/r/after-insurance-change/via/change.new-job/";
    let en = &page(&pages, &format!("en{walk}index.html")).content;
    let switch =
        en.split(r#"class="lang-switch no-print""#).nth(1).and_then(|s| s.split("</nav>").next()).expect("a switch");
    // Each other language, named in itself, with its offer of this page in itself for boot.js;
    // the nav says the page's own.
    let link = |path: &str, code: &str, name: &str, read_in: &str| {
        format!(r#"<a href="/myna{path}" lang="ja" data-lang="{code}" data-read-in="{read_in}">{name}</a>"#)
    };
    let (ja, easy) = (shipped(), myna_diagnosis::diagnosis::guide(Lang::Easy).unwrap());
    assert!(switch.contains(&link(walk, "ja", "日本語", &ja.ui.read_in)), "{switch}");
    assert!(switch.contains(&link(&format!("/easy{walk}"), "easy", "やさしい日本語", &easy.ui.read_in)), "{switch}");
    assert_eq!(switch.matches("<li>").count(), 2, "only the other languages: {switch}");
    assert!(
        en.contains(r#"<nav aria-label="Language" data-lang="en" class="lang-switch no-print">"#),
        "named in the page's language"
    );
    // The line where boot.js may offer the language chosen on the device: empty, hidden.
    assert!(en.contains(r#"<p hidden="hidden" class="lang-hint no-print"></p>"#));
    // A Japanese page offers the others in the same way.
    let ja_page = &page(&pages, "r/card-lost/index.html").content;
    assert!(ja_page.contains(
        r#"<a href="/myna/en/r/card-lost/" lang="en" data-lang="en" data-read-in="Read this page in English">English</a>"#
    ));
}

#[test]
fn the_desk_view_is_japanese_for_the_staff_with_the_persons_words_beneath() {
    let pages = site();
    let ja = myna_diagnosis::diagnosis::guide(Lang::Ja).unwrap();
    let en = myna_diagnosis::diagnosis::guide(Lang::En).unwrap();
    // Without the hydration marks around each component.
    let desk =
        page(&pages, "en/r/pin-locked/desk/index.html").content.replace("<!--<[]>-->", "").replace("<!--</[]>-->", "");
    assert!(desk.contains(r#"<main id="main" lang="ja" class="desk">"#));
    for (japanese, english) in
        [(&ja.desk.title, &en.desk.title), (&ja.desk.lead, &en.desk.lead), (&ja.desk.items[0], &en.desk.items[0])]
    {
        let english = english.replace('\'', "&#39;");
        assert!(
            desk.contains(&format!(r#"{japanese}<span lang="en" class="own-words">{english}</span>"#)),
            "{japanese}"
        );
    }
    let japanese_desk = &page(&pages, "r/pin-locked/desk/index.html").content;
    assert!(!japanese_desk.contains("own-words"), "a Japanese page has nothing beneath");
}

#[test]
fn a_glossary_word_shows_the_japanese_the_person_will_see() {
    let pages = site();
    let en = &page(&pages, "en/r/card-lost/index.html").content;
    assert!(en.contains(r#"<span lang="ja" class="ja-term"> (資格確認書)</span>"#));
    let easy = &page(&pages, "easy/r/card-lost/index.html").content;
    assert!(!easy.contains("ja-term"), "やさしい日本語 uses the Japanese words themselves");
}

#[test]
fn a_walks_page_names_no_alternates_its_result_does() {
    let pages = site();
    let head = |file: &str| page(&pages, file).content.split("</head>").next().unwrap_or_default().to_string();
    assert!(head("r/card-lost/index.html").contains("hreflang"));
    assert!(
        !head("r/card-lost/via/card.lost/index.html").contains("hreflang"),
        "search engines read them on canonical pages"
    );
}
