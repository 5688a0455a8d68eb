//! The languages the guide is read in, and the part of a link that names one.
//!
//! Japanese is the guide as written (`assets/diagnosis.json`) and keeps today's paths; every
//! other language is the same guide with its texts translated (see `texts`), at the same paths
//! under its own prefix: `/en/r/card-lost/`. A published link never changes language.

/// A language of the guide. Adding one: a variant here with its code, its translation file
/// `assets/i18n/<code>.json` (the build writes its guide from it) and its name in its own
/// `ui.language`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    /// 日本語: the guide as written.
    #[default]
    Ja,
    /// やさしい日本語: short sentences, everyday words, readings for hard kanji.
    Easy,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order the language switch lists them.
    pub const ALL: &'static [Lang] = &[Lang::Ja, Lang::Easy, Lang::En];

    /// Its code: the prefix of its paths and the name of its translation file.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::Easy => "easy",
            Lang::En => "en",
        }
    }

    /// The BCP 47 tag for `<html lang>`: やさしい日本語 is Japanese to a screen reader's voice.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ja | Lang::Easy => "ja",
            Lang::En => "en",
        }
    }

    /// The `hreflang` of its pages, for search engines; やさしい日本語 has none of its own (it is
    /// Japanese too), so only its own page names it, as its canonical page.
    pub fn hreflang(self) -> Option<&'static str> {
        match self {
            Lang::Ja => Some("ja"),
            Lang::Easy => None,
            Lang::En => Some("en"),
        }
    }

    /// The `og:locale` of its pages.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::Ja | Lang::Easy => "ja_JP",
            Lang::En => "en_US",
        }
    }

    /// Its home-screen manifest, at the site's base: the Japanese one keeps its published name.
    pub fn manifest_file(self) -> String {
        match self {
            Lang::Ja => "manifest.webmanifest".into(),
            _ => format!("manifest.{}.webmanifest", self.code()),
        }
    }

    /// What its paths start with, from the app's base: nothing for Japanese, `/en` for English.
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::Ja => "",
            Lang::Easy => "/easy",
            Lang::En => "/en",
        }
    }

    /// The language a path from the app's base is in, and the rest of the path (which starts
    /// with `/`): `/en/r/x/` → (English, `/r/x/`). A path with no language prefix is Japanese.
    pub fn of_path(path: &str) -> (Lang, &str) {
        for lang in Lang::ALL.iter().copied().filter(|l| !l.prefix().is_empty()) {
            if let Some(rest) = path.strip_prefix(lang.prefix()) {
                if rest.is_empty() || rest.starts_with('/') || rest.starts_with('?') {
                    return (lang, if rest.is_empty() { "/" } else { rest });
                }
            }
        }
        (Lang::Ja, path)
    }
}
