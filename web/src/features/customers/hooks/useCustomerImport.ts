import { useState } from "react";
import {
  canWrite,
  detectCsvEncoding,
  guessColumnMapping,
  planCustomerImport,
  readCsv,
  validateImportRows,
  type ColumnMapping,
  type CsvEncoding,
  type CsvProblem,
  type CsvRow,
  type DuplicateChoice,
  type ExistingCustomer,
  type ImportField,
  type ImportPlan,
  type RejectedRow,
  type ValidRow,
} from "@pano/domain";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { useMembers } from "@/lookups/hooks/useMembers";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { fetchCustomersByEmail, importCustomers } from "../data/customerImport";

// The file's bytes are kept, so another encoding re-reads them without picking the file again.
type Loaded = {
  bytes: Uint8Array;
  detected: CsvEncoding;
  encoding: CsvEncoding;
  headers: string[];
  rows: CsvRow[];
  mapping: ColumnMapping;
};
type Checked = {
  valid: ValidRow[];
  rejected: RejectedRow[];
  existing: Map<string, ExistingCustomer[]>;
  choice: DuplicateChoice;
};

export type MapStep = { name: "map" } & Loaded;
export type ReviewStep = { name: "review" } & Loaded & Checked;
export type ImportingStep = {
  name: "importing";
  headers: string[];
  rejected: RejectedRow[];
  plan: ImportPlan;
  written: number;
};
export type FileStep = { name: "file"; problem: CsvProblem | null };
export type ImportStep = FileStep | MapStep | ReviewStep | ImportingStep;

const loadedOf = ({ bytes, detected, encoding, headers, rows, mapping }: Loaded): Loaded => ({
  bytes,
  detected,
  encoding,
  headers,
  rows,
  mapping,
});

export const useCustomerImport = () => {
  const user = useSignedInUser();
  const { workspaceId } = useCurrentWorkspace();
  const members = useMembers(workspaceId);
  const [step, setStep] = useState<ImportStep>({ name: "file", problem: null });
  const { busy, error, run } = useAsyncAction();

  // Rows are validated, then their addresses looked up among the workspace's customers.
  const check = async (loaded: Loaded, choice: DuplicateChoice): Promise<ReviewStep> => {
    const writers =
      members.status === "ready" ? members.data.filter((member) => canWrite(member.role)) : [];
    const owners = {
      byEmail: new Map(writers.map((member) => [member.email, member.uid])),
      defaultOwnerId: user.uid,
    };
    const { valid, rejected } = validateImportRows(loaded.rows, loaded.mapping, owners);
    const existing = await fetchCustomersByEmail(
      workspaceId,
      valid.map((row) => row.fields.email),
    );
    return { name: "review", ...loaded, valid, rejected, existing, choice };
  };

  const handleFile = (file: File | null) => {
    if (!file) return;
    void run(async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const detected = detectCsvEncoding(bytes);
      const read = readCsv(bytes, detected);
      setStep(
        read.ok
          ? {
              name: "map",
              bytes,
              detected,
              encoding: detected,
              ...read.table,
              mapping: guessColumnMapping(read.table.headers),
            }
          : { name: "file", problem: read.problem },
      );
    });
  };

  // Every offered encoding keeps ASCII bytes as they are, so quotes, delimiters and rows stay put
  // and the mapping still fits; headers that now read right fill the fields still unmapped.
  const handleEncoding = (encoding: CsvEncoding) => {
    if (step.name !== "map" && step.name !== "review") return;
    const read = readCsv(step.bytes, encoding);
    if (!read.ok) {
      setStep({ name: "file", problem: read.problem });
      return;
    }
    const loaded = loadedOf({
      ...step,
      ...read.table,
      encoding,
      mapping: { ...guessColumnMapping(read.table.headers), ...step.mapping },
    });
    if (step.name === "map") setStep({ name: "map", ...loaded });
    else {
      const { choice } = step;
      void run(async () => setStep(await check(loaded, choice)));
    }
  };

  const handleMapping = (field: ImportField, column: number | undefined) => {
    if (step.name === "map") setStep({ ...step, mapping: { ...step.mapping, [field]: column } });
  };

  const handleCheck = () => {
    if (step.name !== "map") return;
    const loaded = loadedOf(step);
    void run(async () => setStep(await check(loaded, "skip")));
  };

  // From the check back to the columns, as they were chosen, to fix one.
  const handleBack = () => {
    if (step.name === "review") setStep({ name: "map", ...loadedOf(step) });
  };

  const handleChoice = (choice: DuplicateChoice) => {
    if (step.name === "review") setStep({ ...step, choice });
  };

  const handleImport = () => {
    if (step.name !== "review") return;
    const plan = planCustomerImport(step.valid, step.existing, step.choice);
    setStep({
      name: "importing",
      headers: step.headers,
      rejected: step.rejected,
      plan,
      written: 0,
    });
    void run(() =>
      importCustomers(workspaceId, user.uid, plan, (written) =>
        setStep((current) => (current.name === "importing" ? { ...current, written } : current)),
      ),
    );
  };

  const reset = () => setStep({ name: "file", problem: null });

  return {
    step,
    busy,
    error,
    handleFile,
    handleEncoding,
    handleMapping,
    handleCheck,
    handleBack,
    handleChoice,
    handleImport,
    reset,
  };
};
