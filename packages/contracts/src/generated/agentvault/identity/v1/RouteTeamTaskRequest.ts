// Original file: proto/agentvault/identity/v1/identity.proto


export interface RouteTeamTaskRequest {
  'team_id'?: (string);
  'task'?: (string);
  'skills'?: (string)[];
}

export interface RouteTeamTaskRequest__Output {
  'team_id': (string);
  'task': (string);
  'skills': (string)[];
}
