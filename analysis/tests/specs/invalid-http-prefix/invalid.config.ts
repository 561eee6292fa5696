import { defineApp } from "convex/server";
import widgets from "./widgets/convex.config";

const app = defineApp();
app.use(widgets, { name: "second", httpPrefix: "widgets/" }); // expect
app.use(widgets, { httpPrefix: "/widgets/" });
export default app;
