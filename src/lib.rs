//! マイナ保険証 紐づけ診断 — from the top.
//!
//! A person whose My Number Card cannot be linked or used as a health insurance card answers a
//! few questions, one per screen, and gets the likely causes and numbered step cards.
//!
//! - [`diagnosis`] is the pure core: the guide's data model (from `assets/diagnosis.json`),
//!   its validation, the walk from answers to a result, and link encoding. It uses no web types
//!   and is tested natively.
//! - [`app`], [`pages`] and [`components`] are the thin Yew layer on top: the URL is the state;
//!   each screen's place, walk and title are resolved once (`app::Screen`) and handed to its page. [`crash`] is the panic page. [`contract`]
//!   names what crosses into `assets/boot.js`, the CSS and the build.
//! - `prerender` (feature `ssr`) renders every route to static HTML at build time with the same
//!   components; the browser build (feature `hydration`) takes that markup over. `publish`
//!   (feature `ssr`) writes what a static host needs besides: the offline worker's file list and
//!   version, the headers file, hash names for copied files. `search` (feature `ssr`) writes
//!   what search engines read when the site's address is known: the sitemap, `robots.txt` and
//!   each page's structured data.

pub mod app;
pub mod components;
pub mod contract;
pub mod crash;
pub mod diagnosis;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(feature = "ssr")]
pub mod publish;
#[cfg(feature = "ssr")]
pub mod search;
