//! The names that cross from Rust into the pages' scripts (`assets/first.js`, which runs before
//! the first paint, and `assets/boot.js`), the CSS and the build (`src/contract.rs`): each is
//! listed in boot.js's header, used where it is said to be, and the scripts write no state the
//! app does not know.
#![cfg(feature = "ssr")]

use myna_diagnosis::contract::{
    AppState, BACK, BOOT_JS, BOOT_SCRIPT, BOOT_WASM, BUSY, LOAD_ERROR, NAMES, NEEDS_APP, OFFLINE_READY, PAGE, REMEMBER,
    ROOT, SENT, SENT_NOTE, SENT_QUERY, SHARE, SHARE_TITLE, SHARE_WORDS, STALE, STALE_FROM, STALE_NOTE, STORED,
    UPDATE_NOTE,
};
use myna_diagnosis::diagnosis::{OLDER_ANSWERS_KEY, OLDER_CHOSEN_KEY};
use myna_diagnosis::prerender::render_site;

const BOOT: &str = include_str!("../assets/boot.js");
const FIRST: &str = include_str!("../assets/first.js");
const CSS: &str = include_str!("../assets/style.css");
const TRUNK: &str = include_str!("../Trunk.toml");
const TEMPLATE: &str = r#"<!doctype html><html lang="ja"><head><title>x</title><base href="/" /></head><body><div id="app"></div></body></html>"#;

/// boot.js's leading comment block.
fn header() -> String {
    BOOT.lines().take_while(|l| l.starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// first.js and boot.js without their headers: where the names are used.
fn code() -> String {
    [FIRST, BOOT]
        .iter()
        .flat_map(|script| script.lines().skip_while(|l| l.starts_with("//")))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `data-remember` is read in JavaScript as `dataset.remember`.
fn dataset_key(attribute: &str) -> String {
    let name = attribute.strip_prefix("data-").expect("a data attribute");
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    format!("dataset.{out}")
}

fn page(file: &str) -> String {
    let pages = render_site(TEMPLATE, None).expect("the site renders");
    pages.into_iter().find(|p| p.file == file).unwrap_or_else(|| panic!("no page {file}")).content
}

#[test]
fn boot_js_lists_every_shared_name_in_its_header() {
    let header = header();
    for name in NAMES {
        assert!(header.contains(&format!("//   {name} ")), "boot.js's header does not list {name}");
    }
    let listed = header.lines().filter(|l| l.starts_with("//   ") && !l.starts_with("//    ")).count();
    assert_eq!(listed, NAMES.len(), "boot.js's header lists a name src/contract.rs does not have");
}

#[test]
fn the_way_back_of_a_page_reached_from_another_is_boot_js_s_to_follow() {
    assert!(code().contains(&format!("a[{BACK}]")), "boot.js handles the links that carry {BACK}");
    for file in ["contacts/index.html", "about/index.html"] {
        assert!(
            page(file).contains(&format!(" {BACK}=\"\"")) || page(file).contains(&format!("{BACK}=\"\"")),
            "{file}"
        );
    }
    assert!(!page("r/pin-locked/index.html").contains(BACK), "a result's way back is its question");
}

/// What boot.js and the CSS say on a button comes from the data, through the page.
#[test]
fn the_words_boot_js_and_the_css_say_are_carried_by_the_page() {
    let result = page("r/pin-locked/index.html");
    for attribute in SHARE_WORDS {
        assert!(code().contains(&dataset_key(attribute)), "boot.js does not read {attribute}");
        assert!(result.contains(&format!(" {attribute}=\"")), "the share button does not carry {attribute}");
    }
    assert!(CSS.contains(&format!("content: attr({BUSY})")), "the CSS shows {BUSY}");
    assert!(result.contains(&format!("{BUSY}=\"(準備中…)\"")), "buttons carry {BUSY}");
    let japanese = |c: char| ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c);
    let code = code();
    let said: Vec<&str> =
        code.lines().filter(|l| !l.trim_start().starts_with("//") && l.chars().any(japanese)).collect();
    assert_eq!(said, Vec::<&str>::new(), "boot.js says nothing of its own");
}

#[test]
fn boot_js_reads_the_attributes_and_reveals_the_lines_the_pages_carry() {
    let code = code();
    for attribute in [AppState::ATTRIBUTE, PAGE, STORED, REMEMBER, SHARE, SHARE_TITLE, BOOT_JS, BOOT_WASM] {
        assert!(code.contains(&dataset_key(attribute)), "boot.js does not read {attribute}");
    }
    for class in [LOAD_ERROR, UPDATE_NOTE, OFFLINE_READY] {
        assert!(code.contains(&format!("\".{class}\"")), "boot.js does not look for .{class}");
    }
    let result = page("r/pin-locked/index.html");
    for class in [LOAD_ERROR, UPDATE_NOTE, OFFLINE_READY, NEEDS_APP] {
        assert!(
            result.contains(&format!("class=\"{class}")) || result.contains(&format!(" {class}\"")),
            "no .{class} on the page"
        );
    }
    assert!(result.contains(&format!("<div id=\"{ROOT}\" {PAGE}=\"/r/pin-locked/\"")));
    assert!(code.contains(&format!("getElementById(\"{ROOT}\")")) && code.contains(&format!("\"#{ROOT} ")));
    assert!(result.contains(&format!("{STORED}=\"")), "the steps carry {STORED}");
    assert!(
        result.contains(&format!("{SHARE}=\"/r/pin-locked/?{SENT_QUERY}\" {SHARE_TITLE}=\"")),
        "the share button carries {SHARE} and {SHARE_TITLE}"
    );
    assert!(page("q/portal-whose/index.html").contains(&format!("{REMEMBER}=\"")), "answer links carry {REMEMBER}");
    let pattern = TRUNK.lines().find(|l| l.starts_with("pattern_script")).expect("Trunk.toml writes boot.js's tag");
    assert!(pattern.contains(&format!("{BOOT_JS}=")) && pattern.contains(&format!("{BOOT_WASM}=")), "{pattern}");
    assert!(pattern.contains(&format!("first.js\" {BOOT_SCRIPT}=\"{{base}}boot.js\"")), "{pattern}");
    assert!(CSS.contains(&format!(".{NEEDS_APP}")) && CSS.contains(&format!("[{}]", AppState::ATTRIBUTE)));
    assert!(CSS.contains(&format!(".{LOAD_ERROR}")) && CSS.contains(&format!(".{UPDATE_NOTE}")));
}

/// The note for an old copy: every page carries it with its day, boot.js reads the day and
/// writes the mark on <html>, and the CSS shows the note by that mark.
#[test]
fn the_stale_note_crosses_from_the_pages_through_boot_js_to_the_css() {
    let code = code();
    assert!(code.contains(&format!("\".{STALE_NOTE}\"")) && code.contains(&dataset_key(STALE_FROM)));
    assert!(code.contains(&format!("root.{} = ", dataset_key(STALE))), "boot.js writes {STALE} on <html>");
    assert!(CSS.contains(&format!("html[{STALE}] .{STALE_NOTE}[hidden]")));
    for file in ["index.html", "r/pin-locked/index.html"] {
        let html = page(file);
        assert!(
            html.contains(&format!("class=\"{STALE_NOTE}\"")) && html.contains(&format!("{STALE_FROM}=\"")),
            "{file}"
        );
    }
}

/// The note for a shared link: the share button adds the query, boot.js reads it and writes the
/// mark on <html> (and removes it when the person moves on), the CSS shows the result's note.
#[test]
fn the_sent_note_crosses_from_the_share_button_through_boot_js_to_the_css() {
    let code = code();
    assert!(code.contains(&format!(".has(\"{SENT_QUERY}\")")), "boot.js reads ?{SENT_QUERY}");
    assert!(code.contains(&format!("root.{} = ", dataset_key(SENT))), "boot.js writes {SENT} on <html>");
    assert!(code.contains(&format!("delete root.{}", dataset_key(SENT))), "boot.js removes {SENT}");
    assert!(CSS.contains(&format!("html[{SENT}] .{SENT_NOTE}[hidden]")));
    let result = page("r/pin-locked/index.html");
    assert!(
        result.contains(&format!("<div hidden=\"hidden\" class=\"{SENT_NOTE}\">")),
        "the result carries the note, hidden"
    );
    assert!(!page("index.html").contains(SENT_NOTE), "only results say they were sent");
}

#[test]
fn boot_js_writes_only_the_states_the_app_knows_and_leaves_ready_to_the_app() {
    let states: Vec<&str> = AppState::ALL.iter().map(|s| s.as_str()).collect();
    let code = code();
    let mut written = Vec::new();
    for part in code.split("dataset.app").skip(1) {
        let rest = part.trim_start();
        let Some(value) = ["= \"", "=== \"", "!== \""].iter().find_map(|op| rest.strip_prefix(op)) else { continue };
        let value = value.split('"').next().unwrap();
        assert!(states.contains(&value), "boot.js uses data-app state {value:?}, unknown to AppState");
        if rest.starts_with("= ") {
            written.push(value);
        }
    }
    written.sort_unstable();
    written.dedup();
    assert_eq!(written, ["failed", "starting", "waiting"], "ready is the app's to write");
}

/// boot.js starts the app at load for an older link, which it tells by the same query keys the
/// core reads (a looser test on purpose: the app then decides what the link means).
#[test]
fn boot_js_tells_an_older_link_by_the_keys_the_core_reads() {
    let older = code().lines().find(|l| l.starts_with("const olderLink")).expect("boot.js's olderLink").to_string();
    assert!(older.contains(&format!("({OLDER_ANSWERS_KEY}|{OLDER_CHOSEN_KEY})=")), "{older}");
}
