//! What search engines read (see `myna_diagnosis::search`): with the site's address, a sitemap of
//! exactly the pre-rendered canonical pages, one canonical link per page, and structured data
//! with the fields schema.org and Google require; without it, nothing absolute of the site's own.
#![cfg(feature = "ssr")]

mod common;

use common::shipped;
use myna_diagnosis::diagnosis::{Address, Lang, Page, Place};
use myna_diagnosis::prerender::{render_site, StaticPage};
use serde_json::Value;
use std::collections::BTreeSet;

const TEMPLATE: &str =
    r#"<html><head><base href="/myna/" /><title>x</title></head><body><div id="app"></div></body></html>"#;
const SITE: &str = "https://example.org/myna/";

fn file<'a>(pages: &'a [StaticPage], name: &str) -> Option<&'a str> {
    pages.iter().find(|p| p.file == name).map(|p| p.content.as_str())
}

fn html_pages(pages: &[StaticPage]) -> impl Iterator<Item = &StaticPage> {
    pages.iter().filter(|p| p.file.ends_with("index.html"))
}

/// The `href` of each `<link rel="canonical">` of a page.
fn canonicals(html: &str) -> Vec<&str> {
    html.split(r#"<link rel="canonical" href=""#).skip(1).filter_map(|rest| rest.split('"').next()).collect()
}

/// The page's address from its file: `r/pin-locked/index.html` → `/r/pin-locked/`.
fn address(file: &str) -> String {
    format!("/{}", file.trim_end_matches("index.html"))
}

#[test]
fn the_sitemap_lists_exactly_the_pages_that_are_their_own_canonical_page() {
    let pages = render_site(TEMPLATE, Some(SITE)).unwrap();
    let sitemap = file(&pages, "sitemap.xml").expect("a sitemap with SITE_URL");
    assert!(sitemap.starts_with("<?xml"));
    let listed: BTreeSet<&str> =
        sitemap.split("<loc>").skip(1).filter_map(|rest| rest.split("</loc>").next()).collect();
    let mut canonical = BTreeSet::new();
    for page in html_pages(&pages) {
        let links = canonicals(&page.content);
        assert_eq!(links.len(), 1, "{}: one canonical link", page.file);
        let own = format!("{}{}", SITE.trim_end_matches('/'), address(&page.file));
        if links[0] == own {
            canonical.insert(own);
        }
    }
    let canonical: BTreeSet<&str> = canonical.iter().map(String::as_str).collect();
    assert_eq!(listed, canonical);
    let g = shipped();
    // In each language: the start, the index, every question and result and its desk view; no
    // walk, no old name.
    let per_language = 1 + Page::ALL.len() + (g.questions.len() - 1) + 2 * g.results.len();
    assert_eq!(listed.len(), Lang::ALL.len() * per_language);
    assert!(listed.contains("https://example.org/myna/en/all/"));
    assert!(listed.contains("https://example.org/myna/easy/r/card-lost/"));
    assert!(listed.contains("https://example.org/myna/all/"));
    assert!(!listed.iter().any(|l| l.contains("/via/")));
    assert_eq!(sitemap.matches(&format!("<lastmod>{}</lastmod>", g.meta.checked)).count(), listed.len());
    assert_eq!(
        file(&pages, "robots.txt"),
        Some("User-agent: *\nAllow: /\nSitemap: https://example.org/myna/sitemap.xml\n")
    );
}

/// The JSON-LD of a page, parsed.
fn structured(html: &str) -> Option<Value> {
    let json = html.split(r#"<script type="application/ld+json">"#).nth(1)?.split("</script>").next()?;
    Some(serde_json::from_str(json).expect("the structured data is JSON"))
}

/// The fields schema.org and Google's rich-result documentation require of a BreadcrumbList.
fn check_schema(item: &Value, page: &str) {
    assert_eq!(item["@context"], "https://schema.org", "{page}");
    match item["@type"].as_str() {
        Some("BreadcrumbList") => {
            let list = item["itemListElement"].as_array().unwrap_or_else(|| panic!("{page}: itemListElement"));
            assert!(list.len() >= 2, "{page}: a trail has at least two places");
            for (i, entry) in list.iter().enumerate() {
                assert_eq!(entry["@type"], "ListItem", "{page}");
                assert_eq!(entry["position"], i + 1, "{page}");
                assert!(entry["name"].as_str().is_some_and(|n| !n.is_empty()), "{page}: name");
                let last = i + 1 == list.len();
                let item = entry["item"].as_str();
                assert!(last || item.is_some_and(|u| u.starts_with(SITE)), "{page}: item {i} is an absolute URL");
            }
        }
        other => panic!("{page}: unexpected type {other:?}"),
    }
}

#[test]
fn every_canonical_page_but_the_start_says_where_it_sits() {
    let g = shipped();
    let pages = render_site(TEMPLATE, Some(SITE)).unwrap();
    let mut described = 0;
    for page in html_pages(&pages) {
        let own = format!("{}{}", SITE.trim_end_matches('/'), address(&page.file));
        let is_canonical = canonicals(&page.content) == [own.as_str()];
        let Some(data) = structured(&page.content) else {
            let start = Lang::ALL.iter().any(|l| page.file == Address::new(*l, Place::start()).file());
            assert!(start || !is_canonical, "{}: no structured data", page.file);
            continue;
        };
        assert!(is_canonical, "{}: structured data belongs to the canonical page", page.file);
        check_schema(&data, &page.file);
        described += 1;
    }
    let sitemap = file(&pages, "sitemap.xml").unwrap();
    assert_eq!(
        described,
        sitemap.matches("<loc>").count() - Lang::ALL.len(),
        "every page in the sitemap but the starts"
    );
    // A result sits under the index; its name is its title.
    let lost = structured(file(&pages, "r/card-lost/index.html").unwrap()).unwrap();
    assert_eq!(lost["itemListElement"][1]["item"], "https://example.org/myna/all/");
    assert_eq!(lost["itemListElement"][2]["name"], g.result("card-lost").unwrap().title);
    let index = structured(file(&pages, "all/index.html").unwrap()).unwrap();
    assert_eq!(index["itemListElement"].as_array().unwrap().len(), 2);
}

#[test]
fn without_the_sites_address_nothing_absolute_of_its_own_is_written() {
    let pages = render_site(TEMPLATE, None).unwrap();
    assert_eq!(file(&pages, "sitemap.xml"), None);
    assert_eq!(file(&pages, "robots.txt"), Some("User-agent: *\nAllow: /\n"));
    for page in html_pages(&pages) {
        assert!(!page.content.contains("application/ld+json"), "{}", page.file);
        assert!(!page.content.contains("example.org"), "{}", page.file);
        let links = canonicals(&page.content);
        assert_eq!(links.len(), 1, "{}", page.file);
        assert!(links[0].starts_with("/myna/"), "{}: {}", page.file, links[0]);
    }
}
