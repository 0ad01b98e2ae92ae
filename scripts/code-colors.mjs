// The colours of the two Shiki themes: default foreground/background and every token colour.
const hex = (c) => {
	const v = c.toLowerCase();
	return v.length === 4 ? `#${v[1]}${v[1]}${v[2]}${v[2]}${v[3]}${v[3]}` : v;
};

function collect(theme) {
	const tokens = new Set();
	const walk = (o) => {
		if (typeof o === 'string') {
			if (/^#[0-9a-f]{3,8}$/i.test(o)) tokens.add(o.toLowerCase());
		} else if (o && typeof o === 'object') Object.values(o).forEach(walk);
	};
	walk(theme.tokenColors);
	const fg = theme.fg ?? theme.colors?.['editor.foreground'];
	const bg = theme.bg ?? theme.colors?.['editor.background'];
	tokens.add(fg.toLowerCase());
	// Shiki writes the colour as given (3 or 6 digits), so classes use the spelling as written.
	return { fg: hex(fg), bg: hex(bg), tokens: [...tokens].sort() };
}

export async function themeColors() {
	const light = (await import('@shikijs/themes/github-light')).default;
	const dark = (await import('@shikijs/themes/github-dark')).default;
	return { light: collect(light), dark: collect(dark) };
}
