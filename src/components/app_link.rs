//! A link between screens: a real `<a href>` (so it can be opened in a new tab, bookmarked or
//! read by a screen reader) that navigates in place when tapped.

use crate::diagnosis::{Address, Lang, Place};
use yew::prelude::*;
use yew_router::prelude::*;

/// Props of [`AppLink`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppLinkProps {
    /// Where the link leads.
    pub to: Place,
    /// If set, the current history entry is first rewritten to this (the same question with the
    /// answer marked), so the browser's back button returns to the answer that was given; done
    /// by assets/boot.js from `data-remember`.
    #[prop_or_default]
    pub remember: Option<Place>,
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
pub fn use_base() -> String {
    use_navigator().and_then(|n| n.basename().map(str::to_string)).unwrap_or_default()
}

/// The language of the page being shown (given by `crate::app::Screens`).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The `href` of a place in the page's language: its path under the app's base.
#[hook]
pub fn use_href(to: &Place) -> String {
    let (base, lang) = (use_base(), use_lang());
    format!("{base}{}", Address::new(lang, to.clone()))
}

/// See the module docs.
#[component]
pub fn AppLink(props: &AppLinkProps) -> Html {
    let navigator = use_navigator();
    let (base, lang) = (use_base(), use_lang());
    let address = |place: &Place| Address::new(lang, place.clone());
    let href = format!("{base}{}", address(&props.to));
    let remember_href = props.remember.as_ref().map(|r| format!("{base}{}", address(r)));
    // assets/boot.js owns what is the same before and after the app runs: it lets a click with a
    // modifier key reach the browser only, and rewrites the history entry from `data-remember`.
    let onclick = {
        let to = address(&props.to);
        Callback::from(move |e: MouseEvent| {
            let Some(nav) = &navigator else { return };
            e.prevent_default();
            nav.push(&to);
        })
    };
    html! {
        <a href={href} class={props.class.clone()} {onclick} data-remember={remember_href}
           aria-current={props.current.then_some("true")}>
            { props.children.clone() }
        </a>
    }
}
