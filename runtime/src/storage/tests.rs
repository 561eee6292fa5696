use std::collections::BTreeMap;
use std::ops::Bound;

use super::*;

fn store(dir: &tempfile::TempDir) -> Store {
    Store::open(&dir.path().join(".convexkit/db.sqlite3")).unwrap()
}

fn score_index() -> Vec<IndexDef> {
    vec![IndexDef {
        name: "by_score".into(),
        fields: vec!["score".into()],
    }]
}

/// Inserts `{ name, score }` into `component`'s `scores` table; returns its id.
fn insert(store: &Store, component: &str, name: &str, score: f64, now: f64) -> String {
    let table = store.table(component, "scores", true).unwrap().unwrap();
    let (id, creation) = store.new_identity(&table, now);
    let document = BTreeMap::from([
        ("_id".to_string(), Value::String(id.clone())),
        ("_creationTime".to_string(), Value::Float64(creation)),
        ("name".to_string(), Value::from(name)),
        ("score".to_string(), Value::Float64(score)),
    ]);
    store
        .insert(&table, &document, &score_index(), &Default::default())
        .unwrap();
    id
}

fn names(store: &Store, stream: &mut QueryStream) -> Vec<String> {
    let mut names = Vec::new();
    while let Some(document) = stream.next(store).unwrap() {
        names.push(document.value["name"].as_str().unwrap().to_string());
    }
    names
}

#[test]
fn documents_round_trip_and_survive_a_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let store = store(&dir);
        store.begin().unwrap();
        let id = insert(&store, "", "ada", 3.0, 1000.0);
        store.commit().unwrap();
        id
    };
    let store = store(&dir);
    let document = store.get(&id).unwrap().unwrap();
    assert_eq!(document.table.name, "scores");
    assert_eq!(document.value["name"], Value::from("ada"));
    assert_eq!(document.value["_creationTime"], Value::Float64(1000.0));
    assert!(store.get("not-an-id").unwrap().is_none());
}

#[test]
fn index_ranges_walk_keys_in_order_both_ways() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    for (i, (name, score)) in [("c", 30.0), ("a", 10.0), ("d", 40.0), ("b", 20.0)]
        .iter()
        .enumerate()
    {
        insert(&store, "", name, *score, 100.0 + i as f64);
    }
    let table = store.table("", "scores", false).unwrap().map(|t| t.number);
    let range = |bounds| IndexRange {
        equal: vec![],
        bounds,
    };
    let mut ascending = QueryStream::new(table, "by_score", &range(vec![]), false, vec![], None);
    assert_eq!(names(&store, &mut ascending), ["a", "b", "c", "d"]);
    let mut descending = QueryStream::new(table, "by_score", &range(vec![]), true, vec![], None);
    assert_eq!(names(&store, &mut descending), ["d", "c", "b", "a"]);
    let between = range(vec![
        RangeBound::Gt(Some(Value::Float64(10.0))),
        RangeBound::Lte(Some(Value::Float64(30.0))),
    ]);
    let mut middle = QueryStream::new(table, "by_score", &between, false, vec![], None);
    assert_eq!(names(&store, &mut middle), ["b", "c"]);
    let mut first_two = QueryStream::full_scan(table, false, vec![], Some(2));
    assert_eq!(names(&store, &mut first_two), ["c", "a"], "creation order");
    let filter = serde_json::json!({ "$gte": [{ "$field": "score" }, { "$literal": 25.0 }] });
    let mut filtered = QueryStream::full_scan(table, true, vec![filter], None);
    assert_eq!(names(&store, &mut filtered), ["d", "c"]);
}

#[test]
fn scans_read_in_batches_past_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    store.begin().unwrap();
    for i in 0..200 {
        insert(&store, "", &format!("n{i:03}"), f64::from(i), 1.0);
    }
    store.commit().unwrap();
    let table = store.table("", "scores", false).unwrap().map(|t| t.number);
    let mut all = QueryStream::new(
        table,
        "by_score",
        &IndexRange::default(),
        true,
        vec![],
        None,
    );
    let read = names(&store, &mut all);
    assert_eq!(read.len(), 200);
    assert_eq!(read[0], "n199");
    assert_eq!(read[199], "n000");
    assert_eq!(store.count(table.unwrap()).unwrap(), 200);
}

#[test]
fn a_savepoint_rolls_back_only_its_own_writes() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    store.begin().unwrap();
    let kept = insert(&store, "", "caller", 1.0, 1.0);
    let call = store.savepoint().unwrap();
    let undone = insert(&store, "leaderboard", "component", 2.0, 2.0);
    store.rollback_to(call).unwrap();
    store.commit().unwrap();
    assert!(store.get(&kept).unwrap().is_some());
    assert!(store.get(&undone).unwrap().is_none());
}

#[test]
fn instances_have_separate_tables_and_replace_moves_index_entries() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    let app = insert(&store, "", "app", 1.0, 1.0);
    insert(&store, "leaderboard", "component", 1.0, 2.0);
    let app_table = store.table("", "scores", false).unwrap().unwrap();
    let component_table = store
        .table("leaderboard", "scores", false)
        .unwrap()
        .unwrap();
    assert_ne!(app_table.number, component_table.number);
    assert_eq!(store.count(app_table.number).unwrap(), 1);

    let document = store.get(&app).unwrap().unwrap();
    let mut moved = document.value.clone();
    moved.insert("score".into(), Value::Float64(99.0));
    store
        .replace(&document, &moved, &score_index(), &Default::default())
        .unwrap();
    let high = IndexRange {
        equal: vec![],
        bounds: vec![RangeBound::Gte(Some(Value::Float64(50.0)))],
    };
    let mut stream = QueryStream::new(
        Some(app_table.number),
        "by_score",
        &high,
        false,
        vec![],
        None,
    );
    assert_eq!(names(&store, &mut stream), ["app"]);
    store
        .delete(
            &store.get(&app).unwrap().unwrap(),
            &score_index(),
            &Default::default(),
        )
        .unwrap();
    let entries = store
        .scan(
            app_table.number,
            "by_score",
            &Bound::Unbounded,
            &Bound::Unbounded,
            false,
            10,
        )
        .unwrap();
    assert!(entries.is_empty(), "deleting removes index entries");
}

#[test]
fn an_index_the_schema_adds_or_changes_is_built_from_the_documents() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir);
    insert(&store, "", "ada", 3.0, 1.0);
    insert(&store, "", "bob", 7.0, 2.0);
    let table = store.table("", "scores", false).unwrap().unwrap();
    let all = IndexRange {
        equal: vec![],
        bounds: vec![],
    };
    let by = |index: &str| {
        let mut stream = QueryStream::new(Some(table.number), index, &all, false, vec![], None);
        names(&store, &mut stream)
    };
    // Written before the schema named an index by name.
    let by_name = IndexDef {
        name: "by_name".into(),
        fields: vec!["name".into()],
    };
    assert!(by("by_name").is_empty());
    let mut indexes = score_index();
    indexes.push(by_name.clone());
    assert_eq!(
        store.ensure_indexes("", "scores", &indexes).unwrap(),
        ["by_score", "by_name"]
    );
    assert_eq!(by("by_name"), ["ada", "bob"]);
    assert_eq!(by("by_score"), ["ada", "bob"]);
    // Nothing changed: nothing rebuilt.
    assert!(store
        .ensure_indexes("", "scores", &indexes)
        .unwrap()
        .is_empty());
    // The same name over another field orders by it; a dropped index has no entries left.
    let by_name_desc_score = IndexDef {
        name: "by_name".into(),
        fields: vec!["score".into(), "name".into()],
    };
    insert(&store, "", "cy", 5.0, 3.0);
    assert_eq!(
        store
            .ensure_indexes("", "scores", std::slice::from_ref(&by_name_desc_score))
            .unwrap(),
        ["by_name"]
    );
    assert_eq!(by("by_name"), ["ada", "cy", "bob"]);
    assert!(by("by_score").is_empty());
    // A table nothing was written to has nothing to build.
    assert!(store
        .ensure_indexes("", "empty", &indexes)
        .unwrap()
        .is_empty());
}
