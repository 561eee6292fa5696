//! Vector search benchmark (issue 12's target: 100,000 vectors of 1,536 dimensions, p50 per
//! query under 50 ms on 2 cores). Writes the documents through the storage layer (as
//! `db.insert` writes them, vector index included), then times searches for random vectors:
//! the first search reads the index into memory (timed apart), the rest scan it. Prints
//! figures; asserts nothing about time.
//!
//!     cargo bench -p convexkit-runtime --bench vector_search [-- DOCUMENTS]

use std::collections::BTreeMap;
use std::time::Instant;

use convexkit_runtime::storage::{DerivedIndexes, Store, VectorFilter, VectorIndexDef};
use convexkit_runtime::values::Value;

const DIMENSIONS: usize = 1536;

fn main() {
    let documents: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
    let index = VectorIndexDef {
        name: "by_embedding".into(),
        vector_field: "embedding".into(),
        dimensions: DIMENSIONS,
        filter_fields: vec!["genre".into()],
    };
    store
        .ensure_vector_indexes("", "chunks", std::slice::from_ref(&index))
        .unwrap();
    let table = store.table("", "chunks", true).unwrap().unwrap();
    let derived = DerivedIndexes {
        search: Vec::new(),
        vector: vec![index.clone()],
    };
    // Seeded, so every run searches the same data.
    let mut rng = fastrand::Rng::with_seed(0x2545_f491_4f6c_dd1d);
    let mut random_vector =
        || -> Vec<f64> { (0..DIMENSIONS).map(|_| rng.f64() * 2.0 - 1.0).collect() };
    let started = Instant::now();
    store.begin().unwrap();
    for i in 0..documents {
        let (id, creation) = store.new_identity(&table, 1_000.0 + i as f64);
        let embedding = random_vector().into_iter().map(Value::Float64).collect();
        let document = BTreeMap::from([
            ("_id".to_string(), Value::String(id)),
            ("_creationTime".to_string(), Value::Float64(creation)),
            ("embedding".to_string(), Value::Array(embedding)),
            ("genre".to_string(), Value::String(format!("g{}", i % 10))),
        ]);
        store.insert(&table, &document, &[], &derived).unwrap();
    }
    store.commit().unwrap();
    println!(
        "{documents} documents of {DIMENSIONS} dimensions written with their vector index in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let search = |vector: &[f64], filter: &VectorFilter| {
        store
            .vector_search(Some(table.number), &index, vector, 10, filter)
            .unwrap()
    };
    let started = Instant::now();
    search(&random_vector(), &VectorFilter::default());
    println!(
        "first search (reads the index into memory): {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    let genre = serde_json::json!({ "$eq": [{ "$field": "genre" }, { "$literal": "g3" }] });
    for (label, filter) in [
        ("limit 10", VectorFilter::default()),
        (
            "limit 10 + eq(genre)",
            VectorFilter::parse(&index, &genre).unwrap(),
        ),
    ] {
        let mut times = Vec::new();
        for _ in 0..30 {
            let vector = random_vector();
            let started = Instant::now();
            let found = search(&vector, &filter);
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            assert_eq!(found.len(), 10);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "{label:22} p50 {:.1} ms  p90 {:.1} ms  max {:.1} ms",
            times[times.len() / 2],
            times[times.len() * 9 / 10],
            times[times.len() - 1],
        );
    }
}
