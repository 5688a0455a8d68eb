//! What a static host needs besides the pages, written by the build from the files it wrote:
//! the offline worker's version and file list, a headers file for hosts that read one, and
//! content-hashed names for the files Trunk copies unchanged. Pure functions over names and
//! bytes; `src/bin/static-pages.rs` does the file work. README "Offline" and "Deploying".

/// The worker script, as `assets/sw.js` ships it and the build fills it in.
pub const WORKER_FILE: &str = "sw.js";

/// The headers file that Netlify and Cloudflare Pages read.
pub const HEADERS_FILE: &str = "_headers";

/// The boot script: hash-named by the build so that a page never starts with another build's.
pub const BOOT_FILE: &str = "boot.js";

/// The stylesheet: trimmed and hash-named by the build as the boot script is.
pub const STYLE_FILE: &str = "style.css";

/// Files no visit needs offline: the worker itself, the host's headers, and the link-preview
/// image that only chat apps fetch.
const NOT_PRECACHED: [&str; 3] = [WORKER_FILE, HEADERS_FILE, "og.png"];

/// The placeholders of `assets/sw.js` (valid JavaScript as they stand).
const VERSION_SLOT: &str = r#""__VERSION__""#;
const FILES_SLOT: &str = r#"["__FILES__"]"#;
const APP_SLOT: &str = r#"["__APP__"]"#;

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

/// A stylesheet as a page loads it: without its comments, indentation and blank lines, which are
/// for whoever reads the source (they are a quarter of `assets/style.css` after gzip). The CSS
/// tokens stay as they were: strings, unquoted `url(…)` and escapes are kept as written, even
/// where they hold `/*` or end in white space, and a comment between two tokens that would
/// otherwise touch is kept as `/**/`, which separates them as it did.
pub fn shipped_stylesheet(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    // The end of the last text kept as written: line ends are never trimmed into it.
    let mut written_to = 0;
    let mut rest = source.trim_start_matches(CSS_SPACE);
    while let Some(next) = rest.chars().next() {
        if let Some(comment) = rest.strip_prefix("/*") {
            rest = comment.split_once("*/").map_or("", |(_, after)| after);
            let touching = |c: Option<char>| c.is_some_and(|c| !CSS_SPACE.contains(&c));
            if touching(out.chars().next_back()) && touching(rest.chars().next()) {
                out.push_str("/**/");
            } else if out.is_empty() || out.ends_with('\n') {
                rest = rest.trim_start_matches(LINE_SPACE);
            }
            continue;
        }
        if next == '\n' {
            out.truncate(out.trim_end_matches(LINE_SPACE).len().max(written_to));
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            rest = rest.trim_start_matches(CSS_SPACE);
            continue;
        }
        let as_written = match next {
            '"' | '\'' => Some(verbatim_len(rest, next.len_utf8(), |c| c == next)),
            '\\' => Some(escape_len(rest)),
            _ if is_unquoted_url(rest) => Some(verbatim_len(rest, "url(".len(), |c| c == ')')),
            _ => None,
        };
        let kept = as_written.unwrap_or(next.len_utf8());
        out.push_str(&rest[..kept]);
        if as_written.is_some() {
            written_to = out.len();
        }
        rest = &rest[kept..];
    }
    out.truncate(out.trim_end_matches(CSS_SPACE).len().max(written_to));
    out + "\n"
}

/// White space as CSS reads it (not Unicode's: U+3000 is part of a name to CSS).
const CSS_SPACE: [char; 5] = [' ', '\t', '\n', '\r', '\u{c}'];
/// The same within a line.
const LINE_SPACE: [char; 4] = [' ', '\t', '\r', '\u{c}'];

/// Whether CSS source starts with `url(` whose address is not a quoted string (which is then
/// not a string to the tokenizer either, so `/*` in it is no comment).
fn is_unquoted_url(css: &str) -> bool {
    css.get(..4).is_some_and(|name| name.eq_ignore_ascii_case("url("))
        && !css[4..].trim_start_matches(CSS_SPACE).starts_with(['"', '\''])
}

/// How many bytes of `css` run, past its first `skip` bytes, through the first character that
/// `ends` the run (or to the end), where a backslash keeps the character after it from ending it.
fn verbatim_len(css: &str, skip: usize, ends: impl Fn(char) -> bool) -> usize {
    let mut escaped = false;
    for (at, c) in css[skip..].char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            _ if ends(c) => return skip + at + c.len_utf8(),
            _ => {}
        }
    }
    css.len()
}

/// How many bytes of `css`, which starts with a backslash, the escape takes: up to six hex
/// digits and the one white space that ends them, or the one character after it.
fn escape_len(css: &str) -> usize {
    let hex = css[1..].bytes().take(6).take_while(u8::is_ascii_hexdigit).count();
    if hex == 0 {
        return 1 + css[1..].chars().next().map_or(0, char::len_utf8);
    }
    let after = &css[1 + hex..];
    let space = match after.chars().next() {
        _ if after.starts_with("\r\n") => 2,
        Some(c) if CSS_SPACE.contains(&c) => c.len_utf8(),
        _ => 0,
    };
    1 + hex + space
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

/// What the worker keeps for offline visits: every file of the build but [`NOT_PRECACHED`],
/// by address, sorted so the list reads the same for the same build.
pub fn precache_list(files: &[BuiltFile]) -> Vec<String> {
    let mut list: Vec<String> = precached(files).iter().map(|f| address_of(&f.path)).collect();
    list.sort();
    list
}

/// The files the worker keeps, by path.
fn precached(files: &[BuiltFile]) -> Vec<&BuiltFile> {
    let mut kept: Vec<&BuiltFile> = files.iter().filter(|f| !NOT_PRECACHED.contains(&f.path.as_str())).collect();
    kept.sort_by(|a, b| a.path.cmp(&b.path));
    kept
}

/// The worker script: `template` (`assets/sw.js`) with the build's version, file list and app
/// (the hash-named wasm every page must name, checked at install). The version is a fingerprint
/// of every precached file, so a build that changes any of them is a new worker, with a new cache
/// that replaces the old one whole.
pub fn worker_script(template: &str, files: &[BuiltFile]) -> Result<String, String> {
    for slot in [VERSION_SLOT, FILES_SLOT, APP_SLOT] {
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
    Ok(template
        .replacen(VERSION_SLOT, &format!("\"{version}\""), 1)
        .replacen(FILES_SLOT, &list, 1)
        .replacen(APP_SLOT, &app, 1))
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
