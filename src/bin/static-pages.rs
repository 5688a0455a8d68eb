//! Writes one copy of the built `index.html` per page of the app (`q/<id>/index.html`,
//! `r/<id>/index.html`, …) and a `404.html`, each with its own `<title>`, so that every link
//! opens from any static host or CDN without server rewrites.
//!
//! Run by Trunk as a post-build hook on its staging directory (`TRUNK_STAGING_DIR`), or by hand
//! with the directory as the only argument.

use myna_diagnosis::diagnosis::{guide, Place};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const APP_NAME: &str = "マイナ保険証 紐づけ診断";

fn main() -> ExitCode {
    let dir = std::env::args().nth(1).or_else(|| std::env::var("TRUNK_STAGING_DIR").ok()).map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("static-pages: give the dist directory as an argument or in TRUNK_STAGING_DIR");
        return ExitCode::FAILURE;
    };
    match write_pages(&dir) {
        Ok(n) => {
            println!("static-pages: wrote {n} pages into {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("static-pages: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write_pages(dir: &Path) -> Result<usize, String> {
    let guide = guide().map_err(|e| format!("assets/diagnosis.json is invalid: {e}"))?;
    let index_path = dir.join("index.html");
    let index = std::fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
    let mut written = 0;
    for place in guide.pages() {
        if place == Place::Start {
            continue;
        }
        let title = guide.title_of(&place).unwrap_or(APP_NAME);
        let path = dir.join(place.path().trim_start_matches('/')).join("index.html");
        write(&path, &with_title(&index, &format!("{title} | {APP_NAME}")))?;
        written += 1;
    }
    write(&dir.join("404.html"), &with_title(&index, &format!("リンクを開けませんでした | {APP_NAME}")))?;
    Ok(written + 1)
}

/// Replaces the page's `<title>` text (titles come from our own data, but are escaped anyway).
fn with_title(html: &str, title: &str) -> String {
    let escaped = title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    match (html.find("<title>"), html.find("</title>")) {
        (Some(start), Some(end)) if start < end => format!("{}<title>{escaped}{}", &html[..start], &html[end..]),
        _ => html.to_string(),
    }
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}
