import { useQuery, useMutation, usePaginatedQuery } from "convex/react";
import { api } from "../convex/_generated/api";

export function Channel({ channel }: { channel: string }) {
  const messages = useQuery(api.messages.list, { channel, limit: "20" }); // expect
  const older = usePaginatedQuery(api.messages.page, {}, { initialNumItems: 20 }); // expect
  const send = useMutation(api.messages.send);
  return <div>{String(messages)}{String(older)}{String(send)}</div>;
}
