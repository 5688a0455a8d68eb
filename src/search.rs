//! What search engines read besides the pages, written only when the build knows the site's
//! address (`SITE_URL`), since each of these needs absolute URLs: the sitemap of every page
//! that is its own canonical page, `robots.txt` naming it, and each page's structured data
//! (schema.org JSON-LD): where it sits (`BreadcrumbList`). Without `SITE_URL` only a
//! `robots.txt` that allows everything.
//!
//! No `HowTo`, although a result is one: Google stopped showing HowTo results in 2023, and its
//! copy of the steps took the deployed walked result past its 15 KB budget (`./x bench`).

use crate::diagnosis::{Address, Guide, Page, Place, Screen};
use serde_json::{json, Value};

/// The file names, at the site's base.
pub const SITEMAP_FILE: &str = "sitemap.xml";
/// See [`SITEMAP_FILE`].
pub const ROBOTS_FILE: &str = "robots.txt";

/// The absolute address of a page: `site` (`https://example.org/myna/`) and its path from the
/// app's base (`/r/pin-locked/`).
pub fn absolute(site: &str, path: &str) -> String {
    format!("{}{path}", site.trim_end_matches('/'))
}

/// `sitemap.xml`: each page's absolute address, with the day its content was last checked.
pub fn sitemap(site: &str, paths: &[String], checked: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in paths {
        let loc = absolute(site, path).replace('&', "&amp;");
        xml.push_str(&format!("  <url><loc>{loc}</loc><lastmod>{checked}</lastmod></url>\n"));
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `robots.txt`: everything may be read; with the site's address, where the sitemap is.
pub fn robots(site: Option<&str>) -> String {
    let mut text = String::from("User-agent: *\nAllow: /\n");
    if let Some(site) = site {
        text.push_str(&format!("Sitemap: {}\n", absolute(site, &format!("/{SITEMAP_FILE}"))));
    }
    text
}

/// A screen's structured data, as the text of a `<script type="application/ld+json">`; none on
/// the start page, which sits nowhere but at the top.
pub fn structured_data(guide: &Guide, screen: &Screen<'_>, site: &str) -> Option<String> {
    let in_lang = |place: Place| absolute(site, &Address::new(guide.lang, place).to_string());
    let top = (guide.meta.title.as_str(), in_lang(Place::start()));
    let index = (guide.index.title.as_str(), in_lang(Place::Page(Page::All)));
    let heading = screen.heading(guide);
    let trail: Vec<(&str, Option<String>)> = match screen {
        Screen::Question(asked) if asked.walk.taken.is_empty() => return None,
        Screen::Result(_) | Screen::Desk(_) => {
            vec![(top.0, Some(top.1)), (index.0, Some(index.1)), (heading, None)]
        }
        Screen::Question(_) | Screen::Page(_) => vec![(top.0, Some(top.1)), (heading, None)],
    };
    let items: Vec<Value> = trail
        .into_iter()
        .enumerate()
        .map(|(i, (name, item))| {
            let mut entry = json!({ "@type": "ListItem", "position": i + 1, "name": name });
            if let Some(item) = item {
                entry["item"] = json!(item);
            }
            entry
        })
        .collect();
    let data = json!({ "@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items });
    // `</` would end the script element early; `<\/` means the same to JSON.
    Some(serde_json::to_string(&data).ok()?.replace("</", "<\\/"))
}
