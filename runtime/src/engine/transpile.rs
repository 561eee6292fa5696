//! TypeScript to JavaScript for the engine: the module is parsed once (through the
//! analysis workspace's cache), JSX is compiled as the tsconfig in force says (as esbuild
//! does), its types are stripped by swc, and it is printed back. Imports used only as
//! types are elided, as tsc does without `verbatimModuleSyntax`.

use std::path::Path;

use swc_core::common::{sync::Lrc, FileName, Globals, Mark, SourceMap, GLOBALS};
use swc_core::ecma::ast::{EsVersion, Program};
use swc_core::ecma::codegen::{text_writer::JsWriter, Config, Emitter};
use swc_core::ecma::transforms::base::resolver;
use swc_core::ecma::transforms::react::{self, Runtime};
use swc_core::ecma::transforms::typescript::{typescript, Config as TsConfig};

use convexkit_analysis::parse::ParsedFile;
use convexkit_analysis::resolve::Jsx;

/// Where lines of the printed JavaScript came from in the TypeScript source, so stack
/// traces can name the lines the developer wrote.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LineMap {
    /// (printed line, printed column, source line, source column), 1-based, sorted.
    points: Vec<(u32, u32, u32, u32)>,
}

impl LineMap {
    /// The source position of a printed one: the nearest mapped point at or before it.
    pub fn source(&self, line: u32, column: u32) -> Option<(u32, u32)> {
        let index = self
            .points
            .partition_point(|&(l, c, _, _)| (l, c) <= (line, column));
        let &(printed_line, _, source_line, source_column) =
            self.points.get(index.checked_sub(1)?)?;
        (printed_line == line).then_some((source_line, source_column))
    }
}

/// The JavaScript of a parsed TypeScript (or JavaScript) module, with the map of its
/// lines back to the source. `jsx` compiles the module's JSX (`.tsx`, `.jsx`).
pub fn to_javascript_mapped(
    path: &Path,
    parsed: &ParsedFile,
    jsx: Option<&Jsx>,
) -> Result<(String, LineMap), String> {
    let name = path.display().to_string();
    // Spans of the parsed module start at the analysis' base position, which is where a
    // fresh source map puts its first file: the printer can then look up any span.
    let cm: Lrc<SourceMap> = Default::default();
    cm.new_source_file(
        Lrc::new(FileName::Custom(name.clone())),
        parsed.text.to_string(),
    );
    let program = GLOBALS.set(&Globals::new(), || {
        let unresolved = Mark::new();
        let top_level = Mark::new();
        let program =
            Program::Module(parsed.module.clone()).apply(resolver(unresolved, top_level, true));
        // JSX first, so the stripping below sees the factory's uses of `React` (or the
        // automatic runtime's imports) and keeps them.
        let program = match jsx {
            Some(jsx) => program.apply(react::react::<swc_core::common::comments::NoopComments>(
                cm.clone(),
                None,
                react_options(jsx),
                top_level,
                unresolved,
            )),
            None => program,
        };
        program.apply(typescript(TsConfig::default(), unresolved, top_level))
    });
    let mut output = Vec::new();
    let mut mappings = Vec::new();
    {
        let mut emitter = Emitter {
            cfg: Config::default().with_target(EsVersion::Es2022),
            cm: cm.clone(),
            comments: None,
            wr: JsWriter::new(cm.clone(), "\n", &mut output, Some(&mut mappings)),
        };
        emitter
            .emit_program(&program)
            .map_err(|e| format!("cannot print {name}: {e}"))?;
    }
    let js = String::from_utf8(output).map_err(|e| format!("cannot print {name}: {e}"))?;
    let base = convexkit_analysis::parse::BASE_POS;
    let mut points: Vec<(u32, u32, u32, u32)> = mappings
        .iter()
        .filter(|(pos, _)| pos.0 >= base && !pos.is_dummy())
        .map(|(pos, printed)| {
            let source = parsed.line_col(pos.0 - base);
            (
                printed.line + 1,
                printed.col + 1,
                source.line,
                source.column,
            )
        })
        .collect();
    points.sort_unstable();
    points.dedup_by_key(|p| (p.0, p.1));
    Ok((js, LineMap { points }))
}

/// esbuild's reading of the tsconfig: the automatic runtime for `react-jsx`, else classic
/// calls of `jsxFactory` (`React.createElement` by default).
fn react_options(jsx: &Jsx) -> react::Options {
    let mut options = react::Options::default();
    if jsx.automatic {
        options.runtime = Some(Runtime::Automatic);
        options.import_source = Some(jsx.import_source.as_deref().unwrap_or("react").into());
    } else {
        options.runtime = Some(Runtime::Classic);
        options.pragma = Some(
            jsx.factory
                .clone()
                .unwrap_or_else(|| "React.createElement".into())
                .into(),
        );
        options.pragma_frag = Some(
            jsx.fragment
                .clone()
                .unwrap_or_else(|| "React.Fragment".into())
                .into(),
        );
    }
    options
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn transpile(path: &str, source: &str) -> String {
        let parsed = convexkit_analysis::parse::parse(path, Arc::from(source)).unwrap();
        to_javascript_mapped(Path::new(path), &parsed, None)
            .unwrap()
            .0
    }

    fn transpile_jsx(source: &str, jsx: &Jsx) -> String {
        let parsed = convexkit_analysis::parse::parse("x.tsx", Arc::from(source)).unwrap();
        to_javascript_mapped(Path::new("x.tsx"), &parsed, Some(jsx))
            .unwrap()
            .0
    }

    #[test]
    fn compiles_jsx_as_the_tsconfig_says() {
        let source = "import * as React from \"react\";\nimport { Html } from \"@react-email/components\";\nexport const e = (n: string) => <Html lang=\"en\"><p>{n}</p><></></Html>;\n";
        let classic = transpile_jsx(source, &Jsx::default());
        assert!(classic.contains("React.createElement(Html"), "{classic}");
        assert!(classic.contains("React.Fragment"), "{classic}");
        assert!(
            classic.contains("import * as React from \"react\""),
            "the factory keeps React imported:\n{classic}"
        );
        let automatic = transpile_jsx(
            source,
            &Jsx {
                automatic: true,
                ..Jsx::default()
            },
        );
        assert!(
            automatic.contains("from \"react/jsx-runtime\""),
            "{automatic}"
        );
        assert!(!automatic.contains("createElement"), "{automatic}");
    }

    #[test]
    fn strips_types_and_type_only_imports() {
        let js = transpile(
            "convex/messages.ts",
            "import { v } from \"convex/values\";\n\
             import type { Doc } from \"./_generated/dataModel\";\n\
             import { Id } from \"./_generated/dataModel\";\n\
             export const f = (x: number, d?: Doc<\"t\">, i?: Id<\"t\">): string => `${x as number}`;\n\
             interface Shape { a: string }\n\
             export const body = v.string();\n",
        );
        assert!(js.contains("import { v } from \"convex/values\""), "{js}");
        assert!(
            !js.contains("dataModel"),
            "type-only imports are elided:\n{js}"
        );
        assert!(
            !js.contains("interface") && !js.contains(": number"),
            "{js}"
        );
        assert!(js.contains("export const f = (x, d, i)=>`${x}`"), "{js}");
    }

    #[test]
    fn keeps_imports_used_as_values_and_enums() {
        let js = transpile(
            "convex/e.ts",
            "import { helper } from \"./lib\";\nenum Color { Red = \"red\" }\nexport const c = helper(Color.Red);\n",
        );
        assert!(js.contains("import { helper } from \"./lib\""), "{js}");
        assert!(js.contains("Color[\"Red\"] = \"red\""), "{js}");
    }
}

#[cfg(test)]
mod line_map_tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::to_javascript_mapped;

    #[test]
    fn printed_lines_map_back_to_the_source() {
        let source = "import type { A } from \"./a\";\n\
                      interface Shape {\n  a: string;\n}\n\
                      type B = { b: number };\n\
                      export const f = (x: number): number => {\n  throw new Error(`bad ${x}`);\n};\n";
        let parsed = convexkit_analysis::parse::parse("x.ts", Arc::from(source)).unwrap();
        let (js, map) = to_javascript_mapped(Path::new("x.ts"), &parsed, None).unwrap();
        let printed = js.lines().position(|l| l.contains("throw")).unwrap() as u32 + 1;
        let column = js
            .lines()
            .nth(printed as usize - 1)
            .unwrap()
            .find("throw")
            .unwrap() as u32
            + 1;
        assert_eq!(
            map.source(printed, column).map(|(line, _)| line),
            Some(7),
            "{js}"
        );
    }
}
