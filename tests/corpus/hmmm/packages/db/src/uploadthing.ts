"use node";

import { UTApi } from "uploadthing/server";

import { env } from "./convex.env";

export const utapi = new UTApi({
  token: env.UPLOADTHING_TOKEN,
});
