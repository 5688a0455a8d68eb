//! What a static host needs besides the pages, written by the build from the files it wrote:
//! the offline worker's version and file list, a headers file for hosts that read one, and
//! content-hashed names for the files Trunk copies unchanged. Pure functions over names and
//! bytes; `src/bin/static-pages.rs` does the file work. docs/how-it-works.md "Offline" and README "Deploying".

use crate::diagnosis::{Address, Guide, Lang, Page, Place};
use crate::search::{ROBOTS_FILE, SITEMAP_FILE};

/// The worker script, as `assets/sw.js` ships it and the build fills it in.
pub const WORKER_FILE: &str = "sw.js";

/// The headers file that Netlify and Cloudflare Pages read.
pub const HEADERS_FILE: &str = "_headers";

/// The boot script: hash-named by the build so that a page never starts with another build's.
pub const BOOT_FILE: &str = "boot.js";

/// The part of the pages' script that runs before the first paint and fetches [`BOOT_FILE`]
/// after it; hash-named like it.
pub const FIRST_FILE: &str = "first.js";

/// The stylesheet: trimmed and hash-named by the build as the boot script is.
pub const STYLE_FILE: &str = "style.css";

/// Files no visit needs offline: the worker itself, the host's headers, the link-preview image
/// that only chat apps fetch, and what only search engines read.
const NOT_PRECACHED: [&str; 5] = [WORKER_FILE, HEADERS_FILE, "og.png", ROBOTS_FILE, SITEMAP_FILE];

/// The placeholders of `assets/sw.js` (valid JavaScript as they stand).
const VERSION_SLOT: &str = r#""__VERSION__""#;
const FILES_SLOT: &str = r#"["__FILES__"]"#;
const APP_SLOT: &str = r#"["__APP__"]"#;
const PAGES_SLOT: &str = r#"["__PAGES__"]"#;
const LANGS_SLOT: &str = r#"{ "__LANGS__": "" }"#;
const DRAWN_SLOT: &str = r#"{ "__DRAWN__": "" }"#;

/// A file of the built site: its path inside `dist/` (with `/`) and its bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct BuiltFile {
    /// e.g. `r/pin-locked/index.html`.
    pub path: String,
    /// The contents.
    pub bytes: Vec<u8>,
}

/// 16 hex digits (FNV-1a, 64 bits) that change whenever any byte of any part does. It names
/// versions and files; it is not a defence against anyone.
pub fn fingerprint<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        // The length first, so that moving bytes from one part to the next changes the result.
        for byte in (part.len() as u64).to_le_bytes().iter().chain(part) {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// `boot.js` with these bytes becomes `boot-0123456789abcdef.js`, as Trunk names its files.
pub fn hashed_name(name: &str, bytes: &[u8]) -> String {
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    format!("{stem}-{}.{ext}", fingerprint([bytes]))
}

/// A script as a page loads it: without its comment lines, indentation and blank lines, which
/// are for whoever reads the source (`assets/boot.js` is a third of what a static page loads).
/// Line by line, so statements stay on their own lines; it suits scripts written as boot.js is,
/// whose multi-line strings, if any, have no line starting with `//`.
pub fn shipped_script(source: &str) -> String {
    let lines: Vec<&str> = source.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("//")).collect();
    lines.join("\n") + "\n"
}

/// A stylesheet as a page loads it: minified by lightningcss (comments, white space, shorter
/// forms of the same values), which the build already trusts through Trunk. Nothing is added
/// for older browsers: the sheet is written for the browsers phones run today. An error names
/// the line and column of what it could not read.
pub fn shipped_stylesheet(source: &str) -> Result<String, String> {
    use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
    let mut sheet = StyleSheet::parse(source, ParserOptions::default()).map_err(|e| e.to_string())?;
    sheet.minify(MinifyOptions::default()).map_err(|e| e.to_string())?;
    let printed = sheet.to_css(PrinterOptions { minify: true, ..PrinterOptions::default() });
    Ok(printed.map_err(|e| e.to_string())?.code + "\n")
}

/// Whether a file name carries a content hash (`style-84c2cb7e9ce63e70.css`,
/// `myna-diagnosis-3ce9…_bg.wasm`): such a file never changes under its name. Trunk writes its
/// hashes without leading zeros, so one may be shorter than 16 digits.
pub fn is_hash_named(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.split(['-', '_', '.'])
        .any(|part| (8..=16).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The address, relative to the site's base, under which a visit asks for a file: a page's
/// `index.html` is asked for as its directory (`r/pin-locked/`, and `./` for the start page).
pub fn address_of(path: &str) -> String {
    match path.strip_suffix("index.html") {
        Some("") => "./".into(),
        Some(dir) => dir.into(),
        None => path.into(),
    }
}

/// What the worker keeps for offline visits: every file of the build but [`NOT_PRECACHED`] and
/// the walks' own pages, by address, sorted so the list reads the same for the same build.
pub fn precache_list(files: &[BuiltFile]) -> Vec<String> {
    let mut list: Vec<String> = precached(files).iter().map(|f| address_of(&f.path)).collect();
    list.sort();
    list
}

/// The page everyone gets for a page of one person's walk (`r/x/via/a.b/` → `r/x/`,
/// `r/x/via/a.b/desk/` → `r/x/desk/`, `en/start/clinic/` → `en/`), by address; `None` for any
/// other file. A walk's pages are two thirds of the site, and the app draws each of them from the
/// page everyone gets, so the offline copy keeps only those (a first visit fetches a third of the
/// pages), and the worker answers a walk's page from its everyone's page while the app starts.
pub fn everyones_page(path: &str) -> Option<String> {
    let address = address_of(path);
    if !address.ends_with('/') {
        return None;
    }
    let walked: Address = format!("/{}", address.trim_start_matches("./")).parse().ok()?;
    walked.place.is_walk().then(|| {
        let everyones = Address::new(walked.lang, walked.place.everyones()).to_string();
        match everyones.trim_start_matches('/') {
            "" => "./".to_string(),
            rest => rest.to_string(),
        }
    })
}

/// The files the worker keeps, by path.
fn precached(files: &[BuiltFile]) -> Vec<&BuiltFile> {
    let mut kept: Vec<&BuiltFile> = files
        .iter()
        .filter(|f| !NOT_PRECACHED.contains(&f.path.as_str()) && everyones_page(&f.path).is_none())
        .collect();
    kept.sort_by(|a, b| a.path.cmp(&b.path));
    kept
}

/// Each page of a walk, by address, and the page everyone gets that the worker answers it with
/// when there is no network (see [`everyones_page`]).
fn drawn_pages(files: &[BuiltFile]) -> std::collections::BTreeMap<String, String> {
    files.iter().filter_map(|f| Some((address_of(&f.path), everyones_page(&f.path)?))).collect()
}

/// The worker script: `template` (`assets/sw.js`) with the build's version, file list and app
/// (the hash-named wasm every page must name, checked at install). The version is a fingerprint
/// of every precached file, so a build that changes any of them is a new worker, with a new cache
/// that replaces the old one whole.
pub fn worker_script(template: &str, files: &[BuiltFile]) -> Result<String, String> {
    for slot in [VERSION_SLOT, FILES_SLOT, APP_SLOT, PAGES_SLOT, LANGS_SLOT, DRAWN_SLOT] {
        if !template.contains(slot) {
            return Err(format!("{WORKER_FILE}: the placeholder {slot} is missing"));
        }
    }
    let kept = precached(files);
    let version = fingerprint(kept.iter().flat_map(|f| [f.path.as_bytes(), f.bytes.as_slice()]));
    let list = serde_json::to_string(&precache_list(files)).map_err(|e| e.to_string())?;
    let app: Vec<&str> = kept.iter().map(|f| f.path.as_str()).filter(|p| p.ends_with("_bg.wasm")).collect();
    if app.is_empty() {
        return Err(format!("{WORKER_FILE}: the build has no app (*_bg.wasm) for its pages to name"));
    }
    let app = serde_json::to_string(&app).map_err(|e| e.to_string())?;
    let pages: Vec<String> =
        Page::ALL.iter().map(|&page| address_of(&Address::new(Lang::Ja, Place::Page(page)).file())).collect();
    let pages = serde_json::to_string(&pages).map_err(|e| e.to_string())?;
    // Each language but Japanese, and the folder of its pages: `{"en":"en/"}`.
    let langs: std::collections::BTreeMap<&str, String> = Lang::ALL
        .iter()
        .filter(|l| !l.prefix().is_empty())
        .map(|l| (l.code(), format!("{}/", l.prefix().trim_start_matches('/'))))
        .collect();
    let langs = serde_json::to_string(&langs).map_err(|e| e.to_string())?;
    let drawn = serde_json::to_string(&drawn_pages(files)).map_err(|e| e.to_string())?;
    Ok(template
        .replacen(VERSION_SLOT, &format!("\"{version}\""), 1)
        .replacen(FILES_SLOT, &list, 1)
        .replacen(APP_SLOT, &app, 1)
        .replacen(PAGES_SLOT, &pages, 1)
        .replacen(LANGS_SLOT, &langs, 1)
        .replacen(DRAWN_SLOT, &drawn, 1))
}

/// The home-screen manifest of `guide`'s language: `template` (`assets/manifest.webmanifest`:
/// icons, colours, display) with the name, short name, description and language from the data,
/// and a start page (and install id) in the language, so each installs as its own app; the scope
/// stays the whole site, whose links move between languages.
pub fn manifest_in(template: &str, guide: &Guide) -> Result<String, String> {
    let mut manifest: serde_json::Value =
        serde_json::from_str(template).map_err(|e| format!("manifest.webmanifest: {e}"))?;
    let start = format!("./{}", Address::new(guide.lang, Place::start()).to_string().trim_start_matches('/'));
    for (field, value) in [
        ("name", guide.meta.title.as_str()),
        ("short_name", guide.ui.short_name.as_str()),
        ("description", guide.meta.promise.as_str()),
        ("lang", guide.lang.tag()),
        ("id", start.as_str()),
        ("start_url", start.as_str()),
    ] {
        manifest[field] = serde_json::Value::from(value);
    }
    serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())
}

/// The Content-Security-Policy of a page's `<meta http-equiv>` tag.
pub fn meta_csp(html: &str) -> Option<&str> {
    let start = html.find(r#"http-equiv="Content-Security-Policy" content=""#)?;
    let rest = &html[start..];
    let value = &rest[rest.find("content=\"")? + "content=\"".len()..];
    value.split('"').next()
}

/// Hosts that read `_headers` limit its rules (Cloudflare Pages: 100), so pages are matched by
/// folder, and only the files at the top of the site one by one.
pub const MAX_HEADER_RULES: usize = 100;

/// `_headers` for hosts that read one (Netlify, Cloudflare Pages), for a site served under
/// `base` (e.g. `/` or `/myna/`):
/// - on every response, the page's own policy as a header, which can also forbid framing (a
///   meta tag cannot), and no sniffing, no referrer, no powerful features;
/// - hash-named files are cached for a year, as they never change under their names;
/// - everything else (pages, the worker, the manifest, icons) is revalidated on each use.
///
/// Each path matches one `Cache-Control` rule only, since these hosts join the values of all the
/// rules that match: a folder (`r/*`) gets one rule, which revalidates if any file in it must.
pub fn headers_file(base: &str, csp: &str, files: &[&str]) -> String {
    let mut out = format!(
        "# Written by the build (src/publish.rs). Read by Netlify and Cloudflare Pages.\n\
         {base}*\n  Content-Security-Policy: {csp}; frame-ancestors 'none'\n  X-Frame-Options: DENY\n  \
         X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  \
         Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()\n"
    );
    let mut rules: std::collections::BTreeMap<String, bool> = std::collections::BTreeMap::new();
    for path in files.iter().filter(|f| **f != HEADERS_FILE) {
        let pattern = match path.split_once('/') {
            Some((folder, _)) => format!("{folder}/*"),
            None => address_of(path).trim_start_matches("./").to_string(),
        };
        let immutable = rules.get(&pattern).copied().unwrap_or(true) && is_hash_named(path);
        rules.insert(pattern, immutable);
    }
    for (pattern, immutable) in rules {
        let cache = if immutable { "public, max-age=31536000, immutable" } else { "no-cache" };
        out.push_str(&format!("{base}{pattern}\n  Cache-Control: {cache}\n"));
    }
    out
}
