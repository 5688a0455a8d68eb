//! Writes the static site into Trunk's output: every route pre-rendered into its own
//! `index.html` and `404.html` (see `myna_diagnosis::prerender`), then what a host needs besides
//! (see `myna_diagnosis::publish`): the boot script and stylesheet trimmed and hash-named, the
//! offline worker's file list and version, and `_headers`.
//!
//! Run by Trunk as a post-build hook on its staging directory (`TRUNK_STAGING_DIR`), or by hand
//! with the directory as the only argument. `SITE_URL` (e.g. `https://example.org/myna/`) makes
//! canonical and Open Graph URLs absolute.

use myna_diagnosis::contract::{BOOT_JS, BOOT_SCRIPT};
use myna_diagnosis::diagnosis::{guide, Lang};
use myna_diagnosis::prerender::{base_href, render_site};
use myna_diagnosis::publish::{
    hashed_name, headers_file, manifest_in, meta_csp, precache_list, shipped_script, shipped_stylesheet, worker_script,
    BuiltFile, BOOT_FILE, FIRST_FILE, HEADERS_FILE, STYLE_FILE, WORKER_FILE,
};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `--worker-only DIR`: only the worker and `_headers`, for files changed after the build (the
    // e2e test that deploys a second build over a first one); DIR/sw.js must be assets/sw.js.
    let worker_only = args.first().is_some_and(|a| a == "--worker-only");
    if worker_only {
        args.remove(0);
    }
    let dir = args.into_iter().next().or_else(|| std::env::var("TRUNK_STAGING_DIR").ok()).map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("static-pages: give the dist directory as an argument or in TRUNK_STAGING_DIR");
        return ExitCode::FAILURE;
    };
    let written = if worker_only { publish(&dir).map(|kept| (0, kept)) } else { write_site(&dir) };
    match written {
        Ok((pages, precached)) => {
            println!("static-pages: wrote {pages} pages into {}; the worker keeps {precached} files", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("static-pages: {e}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn write_site(dir: &Path) -> Result<(usize, usize), String> {
    let template = String::from_utf8(read(&dir.join("index.html"))?).map_err(|e| format!("index.html: {e}"))?;
    let template = ship_copied_files(dir, &template)?;
    let site_url = std::env::var("SITE_URL").ok().filter(|s| !s.is_empty());
    let pages = render_site(&template, site_url.as_deref())?;
    for page in &pages {
        write(&dir.join(&page.file), &page.content)?;
    }
    write_manifests(dir)?;
    Ok((pages.len(), publish(dir)?))
}

/// Each language's home-screen manifest, from the one Trunk copied (see `manifest_in`).
fn write_manifests(dir: &Path) -> Result<(), String> {
    let japanese = Lang::Ja.manifest_file();
    let template = String::from_utf8(read(&dir.join(&japanese))?).map_err(|e| format!("{japanese}: {e}"))?;
    for &lang in Lang::ALL {
        let guide = guide(lang).map_err(|e| e.to_string())?;
        write(&dir.join(lang.manifest_file()), manifest_in(&template, guide)?)?;
    }
    Ok(())
}

/// Fills in the worker and writes `_headers`, from the files now in `dir`; returns how many
/// files the worker keeps.
fn publish(dir: &Path) -> Result<usize, String> {
    let template = String::from_utf8(read(&dir.join("index.html"))?).map_err(|e| format!("index.html: {e}"))?;
    let mut files = Vec::new();
    collect(dir, dir, &mut files)?;
    let worker = String::from_utf8(read(&dir.join(WORKER_FILE))?).map_err(|e| format!("{WORKER_FILE}: {e}"))?;
    let worker = worker_script(&worker, &files)?;
    write(&dir.join(WORKER_FILE), &worker)?;
    let precached = precache_list(&files).len();

    let csp = meta_csp(&template).ok_or("index.html has no Content-Security-Policy meta tag")?;
    let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    write(&dir.join(HEADERS_FILE), headers_file(&base_href(&template), csp, &paths))?;
    Ok(precached)
}

/// Writes the pages' scripts and the stylesheet as pages load them (trimmed, under their hash
/// names) and points the page template at them. boot.js first: its name is in first.js's tag.
fn ship_copied_files(dir: &Path, template: &str) -> Result<String, String> {
    let template = ship(
        dir,
        template,
        BOOT_FILE,
        |source| Ok(shipped_script(source)),
        &format!("{BOOT_FILE}\" {BOOT_JS}="),
        "Trunk.toml pattern_script",
    )?;
    let template = ship(
        dir,
        &template,
        FIRST_FILE,
        |source| Ok(shipped_script(source)),
        &format!("{FIRST_FILE}\" {BOOT_SCRIPT}="),
        "Trunk.toml pattern_script",
    )?;
    ship(
        dir,
        &template,
        STYLE_FILE,
        shipped_stylesheet,
        &format!("href=\"{STYLE_FILE}\""),
        "its <link rel=\"stylesheet\">",
    )
}

/// Replaces `file` (as Trunk copied it) with `trim` of it under its hash name, and the name in
/// `reference`, the one place the template names it (`whence` says where that comes from).
fn ship(
    dir: &Path,
    template: &str,
    file: &str,
    trim: fn(&str) -> Result<String, String>,
    reference: &str,
    whence: &str,
) -> Result<String, String> {
    if !template.contains(reference) {
        return Err(format!("index.html does not load {file} ({whence})"));
    }
    let path = dir.join(file);
    let source = String::from_utf8(read(&path)?).map_err(|e| format!("{file}: {e}"))?;
    let bytes = trim(&source).map_err(|e| format!("{file}: {e}"))?.into_bytes();
    let name = hashed_name(file, &bytes);
    write(&dir.join(&name), &bytes)?;
    std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(template.replacen(reference, &reference.replacen(file, &name, 1), 1))
}

/// Every file under `dir`, with its path from `root` written with `/`.
fn collect(root: &Path, dir: &Path, out: &mut Vec<BuiltFile>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            collect(root, &path, out)?;
        } else {
            let relative = path.strip_prefix(root).map_err(|e| e.to_string())?;
            let parts: Vec<_> = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect();
            out.push(BuiltFile { path: parts.join("/"), bytes: read(&path)? });
        }
    }
    Ok(())
}
