//! The frame around every screen: the app's name, 最初からやり直す, and the as-of notice.

use super::{japanese_month, AppLink, GuideRef};
use crate::contract::{LOAD_ERROR, OFFLINE_READY, STALE_NOTE, UPDATE_NOTE};
use crate::diagnosis::Place;
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
    let start = Place::start();
    let stale_from = props.guide.stale_from().map(|d| d.to_string());
    html! {
        <>
            <header class="site-header">
                <AppLink to={start.clone()} class="site-name">{ &meta.title }</AppLink>
                <AppLink to={start} class="restart">{ "最初からやり直す" }</AppLink>
            </header>
            // Shown by assets/boot.js if a button needed the app and it could not be loaded.
            <p class={classes!(LOAD_ERROR, "no-print")} role="alert" hidden=true>
                { "通信がうまくいかず、ボタンを使えませんでした。電波の良いところでページを開き直してください。内容はこのまま読めます。" }
            </p>
            // Shown by assets/boot.js when a newer version of the site has replaced the one this
            // page came from; boot.js points the link at this very page, to open it again.
            <p class={classes!(UPDATE_NOTE, "no-print")} role="status" hidden=true>
                { "新しい内容が届きました。" }
                <a href="">{ "最新の内容で開き直す" }</a>
            </p>
            // Shown (by assets/boot.js, through <html data-stale>) once the device's date is more
            // than six months past the data's check date: the rules may have changed since.
            <div class={STALE_NOTE} data-stale-from={stale_from} hidden=true>
                <p>
                    <strong>{ format!("この内容は{}に確認したものです。", japanese_month(&meta.checked)) }</strong>
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
                <p>{ "広告・アクセス解析・外部への通信はありません。入力した内容はこの端末の外に出ません。" }</p>
            </footer>
        </>
    }
}
