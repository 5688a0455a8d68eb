//! What the build writes for hosts besides the pages: the offline worker's list and version,
//! the headers file, hash names, and the home-screen manifest with its icons.
#![cfg(feature = "ssr")]

mod common;

use common::shipped;
use myna_diagnosis::diagnosis::Lang;
use myna_diagnosis::publish::{
    address_of, everyones_page, fingerprint, hashed_name, headers_file, is_hash_named, manifest_in, meta_csp,
    precache_list, shipped_script, shipped_stylesheet, worker_script, BuiltFile, MAX_HEADER_RULES,
};
use serde_json::Value;

const WORKER: &str = include_str!("../assets/sw.js");
const BOOT: &str = include_str!("../assets/boot.js");
const FIRST: &str = include_str!("../assets/first.js");
const STYLE: &str = include_str!("../assets/style.css");
const INDEX: &str = include_str!("../index.html");
const MANIFEST: &str = include_str!("../assets/manifest.webmanifest");

fn file(path: &str, text: &str) -> BuiltFile {
    BuiltFile { path: path.into(), bytes: text.as_bytes().to_vec() }
}

/// A small build as Trunk and the page step leave it.
fn build() -> Vec<BuiltFile> {
    vec![
        file("index.html", "<h1>start</h1>"),
        file("r/pin-locked/index.html", "<h1>result</h1>"),
        file("r/pin-locked/desk/index.html", "<h1>desk</h1>"),
        file("r/pin-locked/via/clinic.pin-locked/index.html", "<h1>result</h1>"),
        file("r/pin-locked/via/clinic.pin-locked/desk/index.html", "<h1>desk</h1>"),
        file("q/clinic-symptom/pin-locked/index.html", "<h1>question</h1>"),
        file("start/clinic/index.html", "<h1>start</h1>"),
        file("404.html", "<h1>missing</h1>"),
        file("myna-diagnosis-3ce963beb17aacd5_bg.wasm", "wasm"),
        file("style-84c2cb7e9ce63e70.css", "css"),
        file("sw.js", WORKER),
        file("og.png", "png"),
        file("icons/icon-192.png", "png"),
    ]
}

fn version_of(script: &str) -> &str {
    script.split("const VERSION = \"").nth(1).and_then(|s| s.split('"').next()).expect("a version")
}

#[test]
fn a_fingerprint_changes_with_any_byte_and_with_where_bytes_belong() {
    let base = fingerprint([b"abc".as_slice(), b"def"]);
    assert_eq!(base.len(), 16);
    assert_eq!(base, fingerprint([b"abc".as_slice(), b"def"]), "the same input, the same name");
    assert_ne!(base, fingerprint([b"abc".as_slice(), b"deg"]));
    assert_ne!(base, fingerprint([b"abcd".as_slice(), b"ef"]), "moving a byte to the next part");
}

#[test]
fn the_pages_scripts_ship_without_their_comments_and_indentation_and_keep_every_statement() {
    for (name, source) in [("boot.js", BOOT), ("first.js", FIRST)] {
        let shipped = shipped_script(source);
        assert!(shipped.len() * 10 < source.len() * 7, "{name}: {} of {} bytes", shipped.len(), source.len());
        let code: Vec<&str> = source.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("//")).collect();
        assert_eq!(shipped.lines().collect::<Vec<_>>(), code, "{name}");
        assert!(!shipped.lines().any(|l| l.starts_with(' ') || l.starts_with("//")), "{name}");
        // Line by line is safe only while no string spans lines and no block comment hides a line.
        for (n, line) in source.lines().enumerate() {
            assert!(line.matches('`').count() % 2 == 0, "{name} line {}: a template literal across lines", n + 1);
            assert!(!line.contains("/*"), "{name} line {}: a block comment", n + 1);
        }
    }
    assert_eq!(shipped_script("  // why\n\n  const a = 1; // kept\n\tf(a);\n"), "const a = 1; // kept\nf(a);\n");
}

/// The stylesheet ships minified, with every rule the source has: each selector and each
/// property's name is still in it, and what the app's words rely on stays as written.
#[test]
fn the_stylesheet_ships_minified_and_keeps_every_rule() {
    let shipped = shipped_stylesheet(STYLE).expect("assets/style.css parses");
    assert!(shipped.len() * 10 < STYLE.len() * 7, "{} of {} bytes", shipped.len(), STYLE.len());
    assert!(!shipped.contains("/*"));
    for kept in ["prefers-color-scheme:dark", "attr(data-busy)", "html[data-stale]", "html[data-sent]", "@media print"]
    {
        assert!(shipped.contains(kept), "{kept} is gone");
    }
}

#[test]
fn copied_files_get_trunk_style_hash_names() {
    let name = hashed_name("boot.js", b"console.log(1)");
    assert!(name.starts_with("boot-") && name.ends_with(".js"), "{name}");
    assert!(is_hash_named(&name));
    assert_ne!(name, hashed_name("boot.js", b"console.log(2)"));
    for trunk in
        ["myna-diagnosis-3ce963beb17aacd5.js", "myna-diagnosis-e182aa1a94a46d_bg.wasm", "style-84c2cb7e9ce63e70.css"]
    {
        assert!(is_hash_named(trunk), "{trunk}");
    }
    for plain in
        ["index.html", "r/pin-locked/index.html", "icon.svg", "icons/icon-192.png", "sw.js", "manifest.webmanifest"]
    {
        assert!(!is_hash_named(plain), "{plain}");
    }
}

#[test]
fn the_worker_keeps_every_page_everyone_gets_and_every_asset_but_itself_and_the_preview_image() {
    assert_eq!(address_of("index.html"), "./");
    assert_eq!(address_of("r/pin-locked/index.html"), "r/pin-locked/");
    assert_eq!(
        precache_list(&build()),
        [
            "./",
            "404.html",
            "icons/icon-192.png",
            "myna-diagnosis-3ce963beb17aacd5_bg.wasm",
            "r/pin-locked/",
            "r/pin-locked/desk/",
            "style-84c2cb7e9ce63e70.css"
        ]
    );
}

#[test]
fn a_walks_page_is_answered_offline_with_the_page_everyone_gets() {
    for (walked, everyones) in [
        ("r/pin-locked/via/clinic.pin-locked/index.html", "r/pin-locked/"),
        ("r/pin-locked/via/clinic.pin-locked/desk/index.html", "r/pin-locked/desk/"),
        ("q/clinic-symptom/pin-locked/index.html", "q/clinic-symptom/"),
        ("start/clinic/index.html", "./"),
        ("en/start/clinic/index.html", "en/"),
        ("easy/r/pin-locked/via/clinic.pin-locked/index.html", "easy/r/pin-locked/"),
    ] {
        assert_eq!(everyones_page(walked).as_deref(), Some(everyones), "{walked}");
    }
    for everyones in
        ["index.html", "r/pin-locked/index.html", "r/pin-locked/desk/index.html", "en/index.html", "404.html", "sw.js"]
    {
        assert_eq!(everyones_page(everyones), None, "{everyones}");
    }
    let script = worker_script(WORKER, &build()).unwrap();
    assert!(
        script.contains(
            r#"const DRAWN = {"q/clinic-symptom/pin-locked/":"q/clinic-symptom/","r/pin-locked/via/clinic.pin-locked/":"r/pin-locked/","r/pin-locked/via/clinic.pin-locked/desk/":"r/pin-locked/desk/","start/clinic/":"./"};"#
        ),
        "{script}"
    );
}

#[test]
fn the_worker_is_versioned_by_the_files_it_keeps() {
    let script = worker_script(WORKER, &build()).expect("the shipped worker has its placeholders");
    assert!(script.contains(r#"const FILES = ["./","404.html","#), "{script}");
    assert!(!script.contains("__VERSION__") && !script.contains("__FILES__") && !script.contains("__APP__"));
    assert!(script.contains(r#"const APP = ["myna-diagnosis-3ce963beb17aacd5_bg.wasm"];"#), "{script}");
    // The pages outside the questions, kept first, come from the one list of them.
    assert!(script.contains(r#"const PAGES = ["all/","contacts/","about/"];"#), "{script}");
    // Each language's folder, so that a device keeps the pages of the language it uses.
    assert!(script.contains(r#"const LANGS = {"easy":"easy/","en":"en/"};"#), "{script}");
    let no_app: Vec<BuiltFile> = build().into_iter().filter(|f| !f.path.ends_with(".wasm")).collect();
    assert_eq!(
        worker_script(WORKER, &no_app).unwrap_err(),
        "sw.js: the build has no app (*_bg.wasm) for its pages to name"
    );
    let version = version_of(&script);
    assert_eq!(version.len(), 16);

    let version_with = |path: &str, text: &str| {
        let files: Vec<BuiltFile> =
            build().into_iter().map(|f| if f.path == path { file(path, text) } else { f }).collect();
        version_of(&worker_script(WORKER, &files).unwrap()).to_string()
    };
    assert_ne!(
        version_with("r/pin-locked/index.html", "<h1>reworded</h1>"),
        version,
        "a changed page is a new version"
    );
    assert_eq!(version_with("og.png", "another png"), version, "files it does not keep do not count");

    assert_eq!(
        worker_script("const FILES = [\"__FILES__\"]; const APP = [\"__APP__\"];", &build()).unwrap_err(),
        r#"sw.js: the placeholder "__VERSION__" is missing"#
    );
}

#[test]
fn the_headers_file_sends_the_pages_policy_forbids_framing_and_caches_by_name() {
    let csp = meta_csp(INDEX).expect("index.html has its policy");
    assert!(csp.starts_with("default-src 'self'"), "{csp}");
    let files = build();
    let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let headers = headers_file("/myna/", csp, &paths);
    assert!(
        headers.contains(&format!("/myna/*\n  Content-Security-Policy: {csp}; frame-ancestors 'none'\n")),
        "{headers}"
    );
    for line in ["X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer", "Permissions-Policy: camera=()"] {
        assert!(headers.contains(line), "{line}");
    }
    assert!(
        headers.contains("/myna/style-84c2cb7e9ce63e70.css\n  Cache-Control: public, max-age=31536000, immutable\n")
    );
    assert!(headers.contains("/myna/r/*\n  Cache-Control: no-cache\n"), "pages, by folder");
    assert!(headers.contains("/myna/\n  Cache-Control: no-cache\n"), "the start page");
    assert!(headers.contains("/myna/sw.js\n  Cache-Control: no-cache\n"), "the worker is always revalidated");
    assert!(headers.contains("/myna/icons/*\n  Cache-Control: no-cache\n"));
    // Hosts join the values of several matching rules: one Cache-Control per path.
    assert!(headers.contains("/myna/start/*\n  Cache-Control: no-cache\n"), "a revisited first question");
    assert_eq!(headers.matches("Cache-Control").count(), 10, "{headers}");
    assert!(!headers.lines().next().unwrap().starts_with('/'), "a comment says where it comes from");
}

#[test]
fn the_headers_file_stays_within_the_hosts_rule_limit_however_many_pages_there_are() {
    let pages: Vec<String> = (0..1000).map(|i| format!("r/result-{i}/index.html")).collect();
    let mut paths: Vec<&str> = pages.iter().map(String::as_str).collect();
    paths.extend(["index.html", "404.html", "sw.js", "myna-diagnosis-3ce963beb17aacd5_bg.wasm"]);
    let headers = headers_file("/", "default-src 'self'", &paths);
    let rules = headers.lines().filter(|l| l.starts_with('/')).count();
    assert_eq!(rules, 6, "{headers}"); // the policy for all, and one cache rule each
    assert!(rules <= MAX_HEADER_RULES);
}

/// A folder holding a hash-named file and a plain one is revalidated: never stale.
#[test]
fn a_folder_with_any_plain_file_is_revalidated() {
    let headers = headers_file("/", "default-src 'self'", &["assets/app-3ce963beb17aacd5.js", "assets/logo.png"]);
    assert!(headers.contains("/assets/*\n  Cache-Control: no-cache\n"), "{headers}");
}

fn png_size(path: &str) -> (u32, u32) {
    let bytes = std::fs::read(format!("{}/assets/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    assert_eq!(&bytes[1..4], b"PNG", "{path} is a PNG");
    let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (word(16), word(20))
}

#[test]
fn each_language_installs_with_its_own_name_and_start_page_over_the_whole_site() {
    for (lang, start) in [(Lang::Ja, "./"), (Lang::En, "./en/"), (Lang::Easy, "./easy/")] {
        let guide = myna_diagnosis::diagnosis::guide(lang).unwrap();
        let manifest: Value = serde_json::from_str(&manifest_in(MANIFEST, guide).unwrap()).unwrap();
        assert_eq!(manifest["name"], guide.meta.title.as_str(), "{lang:?}");
        assert_eq!(manifest["short_name"], guide.ui.short_name.as_str());
        assert_eq!(manifest["description"], guide.meta.promise.as_str());
        assert_eq!(manifest["lang"], lang.tag());
        assert_eq!((manifest["start_url"].as_str(), manifest["id"].as_str()), (Some(start), Some(start)));
        assert_eq!(manifest["scope"], "./", "links move between languages");
        assert_eq!(manifest["icons"], serde_json::from_str::<Value>(MANIFEST).unwrap()["icons"]);
        assert!(guide.ui.short_name.chars().count() <= 12, "fits under a home-screen icon");
    }
    assert_eq!(Lang::Ja.manifest_file(), "manifest.webmanifest", "the published name stays");
    assert_eq!(Lang::En.manifest_file(), "manifest.en.webmanifest");
}

#[test]
fn the_manifest_names_the_app_in_japanese_and_its_icons_have_the_sizes_it_claims() {
    let manifest: Value = serde_json::from_str(MANIFEST).expect("the manifest is JSON");
    assert_eq!(manifest["name"], shipped().meta.title.as_str());
    assert_eq!(manifest["short_name"], shipped().ui.short_name.as_str(), "the data's, as the build writes it");
    assert_eq!(manifest["lang"], "ja");
    assert_eq!(manifest["display"], "standalone");
    // Relative to the manifest, so a sub-path build installs the sub-path.
    assert_eq!((manifest["start_url"].as_str(), manifest["scope"].as_str()), (Some("./"), Some("./")));
    assert!(manifest["short_name"].as_str().unwrap().chars().count() <= 12, "fits under a home-screen icon");
    let icons = manifest["icons"].as_array().unwrap();
    let mut purposes = Vec::new();
    for icon in icons.iter().filter(|i| i["type"] == "image/png") {
        let src = icon["src"].as_str().unwrap();
        let (w, h) = png_size(src);
        assert_eq!(icon["sizes"].as_str().unwrap(), format!("{w}x{h}"), "{src}");
        purposes.push((w, icon["purpose"].as_str().unwrap()));
    }
    for needed in [(192, "any"), (512, "any"), (512, "maskable")] {
        assert!(purposes.contains(&needed), "{needed:?} missing from {purposes:?}");
    }
    assert_eq!(png_size("icons/apple-touch-icon.png"), (180, 180));
    assert_eq!(png_size("icons/favicon-32.png"), (32, 32));
    for tag in [
        r#"<link rel="manifest" href="manifest.webmanifest">"#,
        r#"<link rel="apple-touch-icon" href="icons/apple-touch-icon.png">"#,
        // A PNG: an SVG tab icon is drawn as a whole document on the page's main thread.
        r#"<link rel="icon" href="icons/favicon-32.png" type="image/png" sizes="32x32">"#,
    ] {
        assert!(INDEX.contains(tag), "index.html lacks {tag}");
    }
}
