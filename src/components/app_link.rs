//! A link between screens: a real `<a href>` (so it can be opened in a new tab, bookmarked or
//! read by a screen reader) that navigates in place when tapped.

use gloo::history::query::Raw;
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::AnyRoute;

/// Props of [`AppLink`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppLinkProps {
    /// Path and query from the app's base, e.g. `/q/portal-symptom/`.
    pub to: AttrValue,
    /// If set, the current history entry is first rewritten to this (e.g. the same question with
    /// `?chosen=<answer>`), so the browser's back button returns to the answer that was given.
    #[prop_or_default]
    pub remember: Option<AttrValue>,
    /// CSS classes.
    #[prop_or_default]
    pub class: Classes,
    /// Marks the link as the answer given before.
    #[prop_or_default]
    pub current: bool,
    /// The link's content.
    #[prop_or_default]
    pub children: Html,
}

/// The app's base (Trunk's public URL) without its trailing slash; empty at the site root.
#[hook]
fn use_base() -> String {
    use_navigator().and_then(|n| n.basename().map(str::to_string)).unwrap_or_default()
}

/// Prefixes a path from the app's base with the base, for `href`s.
#[hook]
pub fn use_href(to: &str) -> String {
    let base = use_base();
    format!("{base}{to}")
}

/// Splits `/path/?query` into the path and the raw query; the router's histories take the
/// query separately (the in-memory one refuses a query inside the path).
pub fn split_link(link: &str) -> (&str, Raw<&str>) {
    let (path, query) = link.split_once('?').unwrap_or((link, ""));
    (path, Raw(query))
}

/// See the module docs.
#[component]
pub fn AppLink(props: &AppLinkProps) -> Html {
    let navigator = use_navigator();
    let base = use_base();
    let href = format!("{base}{}", props.to);
    // Before the app runs, the link is an ordinary page load, and assets/boot.js rewrites the
    // history entry from this attribute instead.
    let remember_href = props.remember.as_ref().map(|r| format!("{base}{r}"));
    let onclick = {
        let to = props.to.clone();
        let remember = props.remember.clone();
        Callback::from(move |e: MouseEvent| {
            // Let the browser handle new-tab and new-window clicks.
            if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
                return;
            }
            let Some(nav) = &navigator else { return };
            e.prevent_default();
            if let Some(here) = &remember {
                let (path, query) = split_link(here);
                let _ = nav.replace_with_query(&AnyRoute::new(path), query);
            }
            let (path, query) = split_link(&to);
            let _ = nav.push_with_query(&AnyRoute::new(path), query);
        })
    };
    html! {
        <a href={href} class={props.class.clone()} {onclick} data-remember={remember_href}
           aria-current={props.current.then_some("true")}>
            { props.children.clone() }
        </a>
    }
}
