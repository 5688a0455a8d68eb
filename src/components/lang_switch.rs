//! The language switch on every page: the same screen, with the same answers, in each other
//! language. Each choice is an ordinary link to that page (a page load: its title, `lang` and
//! words are the pre-rendered page's), named in its own language. `assets/boot.js` remembers the
//! choice on the device and, on a page in another language, offers the one chosen (in the line
//! [`LangHint`]); a link is never switched for the person, so a link someone sent opens in the
//! language it was sent in.

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
    // The nav says the page's own language (for boot.js); a screen reader hears it from the
    // page, and the list holds only the others, so that at large text they fit on one line.
    html! {
        <nav class="lang-switch no-print" aria-label={label} data-lang={here.code()}>
            <ul>
                { for langs.into_iter().filter(|(lang, ..)| *lang != here).map(|(lang, href, g)| html! {
                    <li><a {href} lang={lang.tag()} data-lang={lang.code()} data-read-in={g.ui.read_in.clone()}>{ &g.ui.language }</a></li>
                }) }
            </ul>
        </nav>
    }
}

/// The line, empty and hidden, where `assets/boot.js` offers this page in the language last
/// chosen on the device, when that is another: it copies that language's switch link, with the
/// words the link carries for it (`data-read-in`), so the page carries them once.
#[component]
pub fn LangHint() -> Html {
    html! { <p class={classes!(LANG_HINT, "no-print")} hidden=true></p> }
}
