//! The two orders the official codegen uses: ICU collation for keys, code units for paths.

use std::cmp::Ordering;
use std::sync::OnceLock;

use icu_collator::options::{CaseLevel, CollatorOptions, Strength};
use icu_collator::preferences::CollationNumericOrdering;
use icu_collator::{Collator, CollatorBorrowed, CollatorPreferences};

pub(crate) fn prepare() {
    collator();
}

/// `Intl.Collator("en-US", { numeric: true, sensitivity: "case" })`.
fn collator() -> &'static CollatorBorrowed<'static> {
    static COLLATOR: OnceLock<CollatorBorrowed<'static>> = OnceLock::new();
    COLLATOR.get_or_init(|| {
        let mut prefs = CollatorPreferences::default();
        prefs.numeric_ordering = Some(CollationNumericOrdering::True);
        let mut options = CollatorOptions::default();
        // ECMA-402 sensitivity "case" is primary strength plus the case level.
        options.strength = Some(Strength::Primary);
        options.case_level = Some(CaseLevel::On);
        Collator::try_new(prefs, options).expect("the collation data is compiled in")
    })
}

/// Orders function names, module keys and table names as the official codegen does.
pub fn compare_strings(a: &str, b: &str) -> Ordering {
    collator().compare(a, b)
}

/// Orders module paths by UTF-16 code units, like JavaScript's default string comparison.
pub fn compare_module_paths(a: &str, b: &str) -> Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(mut items: Vec<&str>) -> Vec<&str> {
        items.sort_by(|a, b| compare_strings(a, b));
        items
    }

    #[test]
    fn numeric_and_case_sensitive_like_intl_collator() {
        assert_eq!(sorted(vec!["a10", "a2", "a1"]), ["a1", "a2", "a10"]);
        assert_eq!(
            sorted(vec!["Zebra", "apple", "zebra2", "zebra"]),
            ["apple", "zebra", "Zebra", "zebra2"]
        );
        assert_eq!(sorted(vec!["b", "_a", "a"]), ["_a", "a", "b"]);
        assert_ne!(compare_strings("a", "A"), Ordering::Equal);
    }

    #[test]
    fn module_paths_sort_by_code_units() {
        let mut paths = vec!["b.ts", "Zebra.ts", "a/b.ts", "a.ts", "a10.ts", "a2.ts"];
        paths.sort_by(|a, b| compare_module_paths(a, b));
        assert_eq!(
            paths,
            ["Zebra.ts", "a.ts", "a/b.ts", "a10.ts", "a2.ts", "b.ts"]
        );
    }
}
