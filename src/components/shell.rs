//! The frame around every screen: the app's name, 最初からやり直す, and the as-of notice.

use super::{AppLink, GuideRef, LangHint, LangSwitch};
use crate::contract::{LOAD_ERROR, OFFLINE_READY, STALE_NOTE, UPDATE_NOTE};
use crate::diagnosis::{fill, Place};
use yew::prelude::*;

/// Props of [`Shell`].
#[derive(Properties, PartialEq, Clone)]
pub struct ShellProps {
    /// The shipped guide.
    pub guide: GuideRef,
    /// The screen.
    pub children: Html,
}

/// See the module docs.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let meta = &props.guide.0.meta;
    let ui = &props.guide.0.ui;
    let start = Place::start();
    let stale_from = props.guide.stale_from().map(|d| d.to_string());
    html! {
        <>
            <header class="site-header">
                <AppLink to={start.clone()} class="site-name">{ &meta.title }</AppLink>
                <AppLink to={start} class="restart">{ &ui.restart }</AppLink>
                <LangSwitch />
            </header>
            <LangHint />
            // Shown by assets/boot.js if a button needed the app and it could not be loaded.
            <p class={classes!(LOAD_ERROR, "no-print")} role="alert" hidden=true>
                { &ui.load_error }
            </p>
            // Shown by assets/boot.js when a newer version of the site has replaced the one this
            // page came from; boot.js points the link at this very page, to open it again.
            <p class={classes!(UPDATE_NOTE, "no-print")} role="status" hidden=true>
                { &ui.update_note }
                <a href="">{ &ui.update_link }</a>
            </p>
            // Shown (by assets/boot.js, through <html data-stale>) once the device's date is more
            // than six months past the data's check date: the rules may have changed since.
            <div class={STALE_NOTE} data-stale-from={stale_from} hidden=true>
                <p>
                    <strong>{ fill(&ui.stale_heading, &[("month", &ui.month_of(&meta.checked))]) }</strong>
                    { &meta.stale.text }
                </p>
                <p><a href={meta.stale.source.clone()} rel="noreferrer">{ &meta.stale.link }</a></p>
            </div>
            <main id="main" class="page">
                // Shown by assets/boot.js once this device keeps the offline copy: near the top,
                // where a person about to lose signal looks.
                <p class={OFFLINE_READY} hidden=true>{ &props.guide.0.reading.offline }</p>
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <p>{ &ui.footer }</p>
            </footer>
        </>
    }
}
