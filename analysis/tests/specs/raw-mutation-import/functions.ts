import { mutation as rawMutation } from "./_generated/server";
import { customCtx, customMutation } from "convex-helpers/server/customFunctions";
import { Triggers } from "convex-helpers/server/triggers";

export const triggers = new Triggers();
triggers.register("users", async () => {});
export const mutation = customMutation(rawMutation, customCtx(triggers.wrapDB));
