//! Writes the static site: every route pre-rendered into its own `index.html`, and `404.html`
//! (see `myna_diagnosis::prerender`).
//!
//! Run by Trunk as a post-build hook on its staging directory (`TRUNK_STAGING_DIR`), or by hand
//! with the directory as the only argument. `SITE_URL` (e.g. `https://example.org/myna/`) makes
//! canonical and Open Graph URLs absolute.

use myna_diagnosis::prerender::render_site;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args().nth(1).or_else(|| std::env::var("TRUNK_STAGING_DIR").ok()).map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("static-pages: give the dist directory as an argument or in TRUNK_STAGING_DIR");
        return ExitCode::FAILURE;
    };
    match write_site(&dir) {
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

fn write_site(dir: &Path) -> Result<usize, String> {
    let index_path = dir.join("index.html");
    let template = std::fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
    let site_url = std::env::var("SITE_URL").ok().filter(|s| !s.is_empty());
    let pages = render_site(&template, site_url.as_deref())?;
    for page in &pages {
        let path = dir.join(&page.file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&path, &page.html).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(pages.len())
}
