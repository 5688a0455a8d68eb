//! The language switch on every page: the same screen, with the same answers, in each other
//! language. Each choice is an ordinary link to that page (a page load: its title, `lang` and
//! words are the pre-rendered page's), named in its own language. `assets/boot.js` remembers the
//! choice on the device and, on a page in another language, offers the one chosen; a link is
//! never switched for the person, so a link someone sent opens in the language it was sent in.

use super::{use_base, use_lang};
use crate::contract::LANG_HINT;
use crate::diagnosis::{guide, Address, Guide, Lang, Place};
use yew::prelude::*;
use yew_router::prelude::*;

/// Each language with the address of this page in it: the page's own place, or the start where
/// the path names nothing (a broken link).
#[hook]
fn use_in_each_language() -> Vec<(Lang, String, &'static Guide)> {
    let base = use_base();
    let place = use_route::<Address>().map_or_else(Place::start, |a| a.place);
    Lang::ALL
        .iter()
        .filter_map(|&lang| {
            let guide = guide(lang).ok()?;
            Some((lang, format!("{base}{}", Address::new(lang, place.clone())), guide))
        })
        .collect()
}

/// See the module docs.
#[component]
pub fn LangSwitch() -> Html {
    let here = use_lang();
    let langs = use_in_each_language();
    let label = langs.iter().find(|(l, ..)| *l == here).map(|(_, _, g)| g.ui.language_nav.clone());
    html! {
        <nav class="lang-switch no-print" aria-label={label}>
            <ul>
                { for langs.into_iter().map(|(lang, href, g)| if lang == here {
                    // Named for a screen reader only: the page itself says which language it is in,
                    // and at large text on a phone the other two then fit on one line.
                    html! { <li class="visually-hidden"><span lang={lang.tag()} data-lang={lang.code()} aria-current="true">{ &g.ui.language }</span></li> }
                } else {
                    html! { <li><a {href} lang={lang.tag()} hreflang={lang.tag()} data-lang={lang.code()}>{ &g.ui.language }</a></li> }
                }) }
            </ul>
        </nav>
    }
}

/// The line, hidden, that `assets/boot.js` shows on a page in another language than the one last
/// chosen on this device: the same page in that language, offered in it.
#[component]
pub fn LangHint() -> Html {
    let here = use_lang();
    let langs = use_in_each_language();
    html! {
        <p class={classes!(LANG_HINT, "no-print")} hidden=true>
            { for langs.into_iter().filter(|(l, ..)| *l != here).map(|(lang, href, g)| html! {
                <a {href} lang={lang.tag()} data-lang={lang.code()} hidden=true>{ &g.ui.read_in }</a>
            }) }
        </p>
    }
}
