import { useParams } from "react-router";
import { DealDetail } from "@/features/deals";

export const DealPage = () => {
  const { dealId = "" } = useParams();
  return <DealDetail key={dealId} dealId={dealId} />;
};
