// Its own project: the functions emulator fires triggers for demo-pano only, so a trigger reacting
// to one test (a customer cascade, say) can never touch another test's data.
export const projectId = "demo-pano-rules";
