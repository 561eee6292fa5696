import { defineApp } from "convex/server";
import widgets from "./widgets/convex.config";

const app = defineApp();
app.use(widgets, { name: "second" });
app.use(widgets);
app.use(widgets, { name: "spare" }); // expect
export default app;
