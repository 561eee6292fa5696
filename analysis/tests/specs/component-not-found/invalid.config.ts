import { defineApp } from "convex/server";
import widgets from "./widgets/convex.config";
import missing from "./nowhere/convex.config";

const app = defineApp();
app.use(widgets, { name: "second" });
app.use(widgets);
app.use(missing); // expect
export default app;
