//! Text search benchmark (issue 12's target: a 3-term `withSearchIndex` query over 100,000
//! documents, p50 under 5 ms on 2 cores). Builds the documents through the storage layer
//! (as `db.insert` writes them, search index included), then times searches of three
//! random vocabulary words. Prints figures; asserts nothing about time.
//!
//!     cargo bench -p convexkit-runtime --bench text_search [-- DOCUMENTS]

use std::collections::BTreeMap;
use std::time::Instant;

use convexkit_runtime::storage::{DerivedIndexes, SearchIndexDef, Store};
use convexkit_runtime::values::Value;

fn word(i: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "po", "qu", "da", "fe", "gi", "ho",
        "ju",
    ];
    let mut word = String::new();
    let mut n = i + 16;
    while n > 0 {
        word.push_str(SYLLABLES[n % 16]);
        n /= 16;
    }
    word
}

fn main() {
    let documents: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100_000);
    let vocabulary: Vec<String> = (0..5_000).map(word).collect();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
    let index = SearchIndexDef {
        name: "search_body".into(),
        search_field: "body".into(),
        filter_fields: vec!["channel".into()],
    };
    store
        .ensure_search_indexes("", "messages", std::slice::from_ref(&index))
        .unwrap();
    let table = store.table("", "messages", true).unwrap().unwrap();
    let derived = DerivedIndexes {
        search: vec![index.clone()],
        vector: Vec::new(),
    };
    // Seeded, so every run searches the same data.
    let mut rng = fastrand::Rng::with_seed(0x2545_f491_4f6c_dd1d);
    let started = Instant::now();
    store.begin().unwrap();
    for i in 0..documents {
        // Zipf-like: low word numbers are common, as in text.
        let words: Vec<&str> = (0..10 + rng.usize(..20))
            .map(|_| {
                let r = rng.usize(..vocabulary.len());
                vocabulary[r * r / vocabulary.len()].as_str()
            })
            .collect();
        let (id, creation) = store.new_identity(&table, 1_000.0 + i as f64);
        let document = BTreeMap::from([
            ("_id".to_string(), Value::String(id.clone())),
            ("_creationTime".to_string(), Value::Float64(creation)),
            ("body".to_string(), Value::String(words.join(" "))),
            ("channel".to_string(), Value::String(format!("#{}", i % 10))),
        ]);
        store.insert(&table, &document, &[], &derived).unwrap();
    }
    store.commit().unwrap();
    println!(
        "{documents} documents written with their search index in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    for (label, filters) in [
        ("3 terms", Vec::new()),
        (
            "3 terms + eq(channel)",
            vec![("channel".to_string(), Some(Value::String("#3".into())))],
        ),
    ] {
        let mut times = Vec::new();
        let mut found = 0;
        for _ in 0..200 {
            let query = (0..3)
                .map(|_| vocabulary[rng.usize(..vocabulary.len())].as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let started = Instant::now();
            found += store
                .search(Some(table.number), &index, &query, &filters)
                .unwrap()
                .len();
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "{label:24} p50 {:.2} ms  p90 {:.2} ms  max {:.2} ms  ({:.0} results a query)",
            times[times.len() / 2],
            times[times.len() * 9 / 10],
            times[times.len() - 1],
            found as f64 / times.len() as f64
        );
    }
}
