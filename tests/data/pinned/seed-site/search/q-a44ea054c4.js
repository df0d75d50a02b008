(window.DOSSIER_TEXTS = window.DOSSIER_TEXTS || {})["q-a44ea054c4"] = "un partenaire constructif à Vienne en essayant de créer une transition politique";
