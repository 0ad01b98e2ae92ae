/** The options of a data-center `<select>`, each shown as "Name (id)", in the given order. */
export function DataCenterOptions({ dataCenters }: { dataCenters: readonly { id: string; name: string }[] }) {
	return dataCenters.map((d) => (
		<option key={d.id} value={d.id}>
			{d.name} ({d.id})
		</option>
	));
}
