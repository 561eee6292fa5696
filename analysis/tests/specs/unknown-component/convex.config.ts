import { defineApp } from "convex/server";
import widgets from "./widgets/convex.config";

const app = defineApp();
app.use(widgets);
export default app;
