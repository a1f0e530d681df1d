import { Pipeline } from "@/features/deals";

export const PipelinePage = () => <Pipeline />;
