import { useQuery, useMutation } from "convex/react";
import { api } from "../convex/_generated/api";

export function Channel({ channel }: { channel: string | null }) {
  const messages = useQuery(api.messages.list, channel ? { channel } : "skip");
  const send = useMutation(api.messages.send);
  return <div>{String(messages)}{String(send)}</div>;
}
