//! What search engines read (see `myna_diagnosis::search`): with the site's address, a sitemap of
//! exactly the pre-rendered canonical pages, one canonical link per page, and structured data
//! with the fields schema.org and Google require; without it, nothing absolute of the site's own.
#![cfg(feature = "ssr")]

mod common;

use common::shipped;
use myna_diagnosis::diagnosis::Page;
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
    // The start, the index, every question and result and its desk view; no walk, no old name.
    assert_eq!(listed.len(), 1 + Page::ALL.len() + (g.questions.len() - 1) + 2 * g.results.len());
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

/// The fields schema.org and Google's rich-result documentation require of the two types used.
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
        Some("HowTo") => {
            assert!(item["name"].as_str().is_some_and(|n| !n.is_empty()), "{page}: name");
            let steps = item["step"].as_array().unwrap_or_else(|| panic!("{page}: step"));
            assert!(!steps.is_empty(), "{page}");
            for step in steps {
                assert_eq!(step["@type"], "HowToStep", "{page}");
                assert!(step["text"].as_str().is_some_and(|t| !t.is_empty()), "{page}: text");
            }
        }
        other => panic!("{page}: unexpected type {other:?}"),
    }
}

#[test]
fn every_page_but_the_start_says_where_it_sits_and_a_result_gives_its_steps() {
    let g = shipped();
    let pages = render_site(TEMPLATE, Some(SITE)).unwrap();
    let mut how_to = 0;
    for page in html_pages(&pages) {
        let Some(data) = structured(&page.content) else {
            assert!(page.file == "index.html" || page.file.starts_with("start/"), "{}: no structured data", page.file);
            continue;
        };
        let items = data.as_array().expect("a list of items");
        for item in items {
            check_schema(item, &page.file);
        }
        how_to += usize::from(items.iter().any(|i| i["@type"] == "HowTo"));
    }
    // Each result's page and its walks' ends: one HowTo each, never on a desk view.
    let results = html_pages(&pages).filter(|p| p.file.starts_with("r/") && !p.file.ends_with("desk/index.html"));
    assert_eq!(how_to, results.count());
    let lost = file(&pages, "r/card-lost/index.html").unwrap();
    let data = structured(lost).unwrap();
    assert_eq!(data[0]["itemListElement"][1]["item"], "https://example.org/myna/all/");
    let card_lost = g.result("card-lost").unwrap();
    assert_eq!(data[1]["name"], card_lost.title);
    assert_eq!(data[1]["step"][0]["text"], g.numbered_checks(card_lost)[0].steps[0].text);
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
