//! Static pages: every route rendered to HTML at build time by the same components the browser
//! runs, so a link opens with its content already on screen (and without JavaScript), previews
//! with its own title in chat apps, and needs no server rewrites. The app takes it over only when the page needs it (`assets/boot.js`).

use crate::app::{ServerApp, ServerAppProps};
use crate::contract::{PAGE, ROOT};
use crate::diagnosis::{guide, Address, Guide, Lang, Place};
use crate::search::{robots, sitemap, structured_data, ROBOTS_FILE, SITEMAP_FILE};
use yew::LocalServerRenderer;

/// The placeholder in `index.html` that each page's markup replaces.
fn app_slot() -> String {
    format!(r#"<div id="{ROOT}"></div>"#)
}

/// One file of the static site.
#[derive(Debug, Clone, PartialEq)]
pub struct StaticPage {
    /// Path inside `dist/`, e.g. `r/pin-locked/index.html`.
    pub file: String,
    /// The whole document: a page's HTML, or the text of `robots.txt` or `sitemap.xml`.
    pub content: String,
}

/// What a page's `<head>` says about it.
struct Head<'a> {
    lang: Lang,
    title: String,
    description: &'a str,
    /// The canonical page, from the app's base.
    path: String,
    /// The same page in every language that has an `hreflang`: (hreflang, path).
    alternates: Vec<(&'static str, String)>,
    /// The app's name (`meta.title`).
    site_name: &'a str,
    /// Its name under a home-screen icon (`ui.short_name`).
    short_name: &'a str,
    /// The page's structured data (JSON-LD), when the site's address is known.
    structured: Option<String>,
}

/// Renders every page into `template` (Trunk's built `index.html`), then `robots.txt`. `site_url`
/// is the absolute address the site will be served at (e.g. `https://example.org/myna/`): with
/// it, canonical and Open Graph URLs are absolute, each page carries its structured data, and
/// `sitemap.xml` lists every page that is its own canonical page; without it, URLs are written
/// relative to the site's root and nothing absolute is written.
pub fn render_site(template: &str, site_url: Option<&str>) -> Result<Vec<StaticPage>, String> {
    if !template.contains(&app_slot()) {
        return Err(format!("index.html must contain {} for the pages' markup", app_slot()));
    }
    let base = base_href(template);
    let origin =
        site_url.map(|s| s.trim_end_matches('/').to_string()).unwrap_or_else(|| base.trim_end_matches('/').to_string());
    let runtime = tokio::runtime::Builder::new_current_thread().build().map_err(|e| e.to_string())?;

    let mut pages = Vec::new();
    let mut canonical = Vec::new();
    for &lang in Lang::ALL {
        let guide = guide(lang).map_err(|e| format!("the guide in \"{}\" is invalid: {e}", lang.code()))?;
        for place in guide.pages() {
            let address = Address::new(lang, place);
            let head = head_of(guide, &address.place, site_url);
            let path = address.to_string();
            if head.path == path {
                canonical.push(path.clone());
            }
            let body = runtime.block_on(render_body(&path, &base));
            pages.push(StaticPage { file: address.file(), content: fill(template, &head, &origin, &body, &path) });
        }
    }
    let guide = guide(Lang::Ja).map_err(|e| format!("assets/diagnosis.json is invalid: {e}"))?;
    // Static hosts answer unknown paths with 404.html; it shows the friendly "link not found" page.
    let head = Head::broken(guide, "/404/".into());
    let body = runtime.block_on(render_body("/404/", &base));
    pages.push(StaticPage { file: "404.html".into(), content: fill(template, &head, &origin, &body, "/404/") });
    pages.push(StaticPage { file: ROBOTS_FILE.into(), content: robots(site_url) });
    if let Some(site) = site_url {
        pages.push(StaticPage { file: SITEMAP_FILE.into(), content: sitemap(site, &canonical, &guide.meta.checked) });
    }
    Ok(pages)
}

async fn render_body(url: &str, base: &str) -> String {
    let base = base.trim_end_matches('/');
    let props =
        ServerAppProps { url: url.to_string().into(), base: (!base.is_empty()).then(|| base.to_string().into()) };
    LocalServerRenderer::<ServerApp>::with_props(props).render().await
}

/// A page's title and description, and its canonical address: the page everyone gets (a
/// walk's result or question without the answers). Only a page that is its own canonical page
/// carries structured data: a walk's page names its result, whose data is what counts. A place
/// that shows nothing is titled as a link that cannot be followed.
fn head_of<'g>(guide: &'g Guide, place: &Place, site_url: Option<&str>) -> Head<'g> {
    let lang = guide.lang;
    match guide.screen(place) {
        Ok(screen) => {
            let canonical = screen.canonical(guide);
            let own = canonical == *place;
            let in_lang = |lang: Lang| Address::new(lang, canonical.clone()).to_string();
            Head {
                lang,
                title: screen.title(guide),
                description: screen.description(guide),
                path: in_lang(lang),
                // Like structured data, only on a page that is its own canonical page: search
                // engines read alternates there only.
                alternates: if own {
                    Lang::ALL.iter().filter_map(|&l| Some((l.hreflang()?, in_lang(l)))).collect()
                } else {
                    Vec::new()
                },
                site_name: &guide.meta.title,
                short_name: &guide.ui.short_name,
                structured: site_url.filter(|_| own).and_then(|site| structured_data(guide, &screen, site)),
            }
        }
        Err(_) => Head::broken(guide, Address::new(lang, place.everyones()).to_string()),
    }
}

impl<'g> Head<'g> {
    /// The head of a page for a link that cannot be followed, at `path`.
    fn broken(guide: &'g Guide, path: String) -> Head<'g> {
        Head {
            lang: guide.lang,
            title: guide.broken_link_title(),
            description: &guide.meta.promise,
            path,
            alternates: Vec::new(),
            site_name: &guide.meta.title,
            short_name: &guide.ui.short_name,
            structured: None,
        }
    }
}

/// The `href` of Trunk's `<base>` tag (its public URL), `/` if absent.
pub fn base_href(template: &str) -> String {
    template.split("<base href=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap_or("/").to_string()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// `html` with the quoted value that follows `before` replaced by `value`; unchanged if absent.
fn with_value(html: &str, before: &str, value: &str) -> String {
    let Some(start) = html.find(before).map(|i| i + before.len()) else { return html.to_string() };
    let Some(len) = html[start..].find('"') else { return html.to_string() };
    format!("{}{value}{}", &html[..start], &html[start + len..])
}

fn fill(template: &str, head: &Head<'_>, origin: &str, body: &str, page_path: &str) -> String {
    let title = escape(&head.title);
    let description = escape(head.description);
    let url = escape(&format!("{origin}{}", head.path));
    let image = escape(&format!("{origin}/og.png"));
    let site_name = escape(head.site_name);
    let locale = head.lang.locale();
    let alternates: String = head
        .alternates
        .iter()
        .map(|(hreflang, path)| {
            format!(
                "\n  <link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{}\">",
                escape(&format!("{origin}{path}"))
            )
        })
        .collect();
    let tags = format!(
        r#"<title>{title}</title>
  <meta name="description" content="{description}">
  <link rel="canonical" href="{url}">{alternates}
  <meta property="og:type" content="website">
  <meta property="og:site_name" content="{site_name}">
  <meta property="og:locale" content="{locale}">
  <meta property="og:title" content="{title}">
  <meta property="og:description" content="{description}">
  <meta property="og:url" content="{url}">
  <meta property="og:image" content="{image}">
  <meta name="twitter:card" content="summary_large_image">
  <meta name="twitter:title" content="{title}">
  <meta name="twitter:description" content="{description}">"#
    );
    // Data, not a script: the policy's script-src does not apply to it.
    let tags = match &head.structured {
        Some(json) => format!("{tags}\n  <script type=\"application/ld+json\">{json}</script>"),
        None => tags,
    };
    let with_head = match (template.find("<title>"), template.find("</title>")) {
        (Some(start), Some(end)) if start < end => {
            format!("{}{tags}{}", &template[..start], &template[end + "</title>".len()..])
        }
        _ => template.to_string(),
    };
    // The page's language: its `lang`, its home-screen manifest and its name under the icon.
    let with_head = [
        ("<html lang=\"", head.lang.tag().to_string()),
        ("<link rel=\"manifest\" href=\"", head.lang.manifest_file()),
        ("<meta name=\"apple-mobile-web-app-title\" content=\"", escape(head.short_name)),
    ]
    .into_iter()
    .fold(with_head, |html, (before, value)| with_value(&html, before, &value));
    with_head.replacen(&app_slot(), &format!(r#"<div id="{ROOT}" {PAGE}="{}">{body}</div>"#, escape(page_path)), 1)
}
