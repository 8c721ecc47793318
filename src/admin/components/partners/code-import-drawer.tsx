import { Button, Checkbox, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import type { PartnerBenefit } from "../../../types/http"
import { ImportOutcome, useImportPartnerCodes } from "../../hooks/partners"
import { FormValueError } from "../../lib/form-values"
import { importRefusal } from "../../lib/partner-display"
import { readCsvFile } from "../../lib/partner-form"
import { DrawerPanel } from "../common/drawer-panel"
import { Field } from "../common/field"
import { DrawerForm, FormDrawer } from "../common/form-drawer"
import { FormError } from "../common/form-error"
import { useFormSubmit } from "../common/use-form-submit"
import { ImportReport } from "./import-report"

type Props = { partnerId: string; benefit: PartnerBenefit | null; onOpenChange: (open: boolean) => void }

/** Imports a CSV of codes into a pool benefit, then shows the import's report. */
export const CodeImportDrawer = ({ partnerId, benefit, onOpenChange }: Props) => (
  <FormDrawer open={!!benefit} onOpenChange={onOpenChange}>
    {benefit && <CodeImport partnerId={partnerId} benefit={benefit} onDone={() => onOpenChange(false)} />}
  </FormDrawer>
)

const CodeImport = ({ partnerId, benefit, onDone }: { partnerId: string; benefit: PartnerBenefit; onDone: () => void }) => {
  const importCodes = useImportPartnerCodes(partnerId)
  const [file, setFile] = useState<File | null>(null)
  const [skipInvalid, setSkipInvalid] = useState(false)
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null)
  const form = useFormSubmit({
    save: async () => {
      if (!file) {
        throw new FormValueError("Choose a CSV file.")
      }
      const csv = await readCsvFile(file)
      const result = await importCodes.mutateAsync({ benefitId: benefit.id, csv, filename: file.name, skip_invalid: skipInvalid })
      setOutcome(result.message ? { ...result, message: importRefusal(result.report) } : result)
      if (!result.message) {
        toast.success(`${result.report.imported} codes imported into "${benefit.name}"`)
      }
    },
  })

  const startOver = () => {
    setFile(null)
    setSkipInvalid(false)
    setOutcome(null)
  }

  if (outcome) {
    return (
      <DrawerPanel
        title={outcome.message ? "Nothing imported" : "Codes imported"}
        description={`${benefit.name} · ${file?.name}`}
        footer={
          <>
            {outcome.message ? (
              <Button size="small" variant="secondary" type="button" onClick={() => setOutcome(null)}>
                Back
              </Button>
            ) : (
              <Button size="small" variant="secondary" type="button" onClick={startOver}>
                Import another file
              </Button>
            )}
            <Button size="small" type="button" onClick={onDone}>
              Done
            </Button>
          </>
        }
      >
        <FormError message={outcome.message} />
        <ImportReport report={outcome.report} />
      </DrawerPanel>
    )
  }

  return (
    <DrawerForm title="Import codes" description={`Into the pool of "${benefit.name}".`} form={form} submitLabel="Import">
      <Field
        id="import-file"
        label="CSV file"
        hint="One code per row in a “code” column, optionally “expires_at” (an ISO date); the header row is optional. Up to 100,000 rows, 5 MB."
      >
        {file ? (
          <div className="shadow-borders-base flex items-center justify-between gap-x-3 rounded-lg px-3 py-2">
            <Text size="small" className="truncate">
              {file.name} · {Math.max(1, Math.round(file.size / 1024)).toLocaleString("en-US")} KB
            </Text>
            <Button size="small" variant="transparent" type="button" onClick={() => form.clearingError(setFile)(null)}>
              Change file
            </Button>
          </div>
        ) : (
          <Input
            id="import-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => form.clearingError(setFile)(e.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <div className="flex items-start gap-x-2">
        <Checkbox
          id="import-skip-invalid"
          checked={skipInvalid}
          onCheckedChange={(checked) => form.clearingError(setSkipInvalid)(checked === true)}
        />
        <div className="flex flex-col">
          <Label htmlFor="import-skip-invalid" size="small" weight="plus">
            Skip problem rows
          </Label>
          <Text size="small" className="text-ui-fg-subtle">
            Import the valid codes and leave out duplicate and malformed rows. Unticked, any problem row stops the whole import.
          </Text>
        </div>
      </div>
    </DrawerForm>
  )
}
