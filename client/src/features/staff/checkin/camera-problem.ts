/** Why the camera cannot scan, each with its own message at the door. */
export interface CameraProblem {
  problem: 'UNSUPPORTED' | 'NO_CAMERA' | 'DENIED' | 'FAILED';
}

export const CAMERA_PROBLEM_MESSAGES: Record<CameraProblem['problem'], string> = {
  UNSUPPORTED: '此浏览器不支持调用摄像头，请使用扫码枪或粘贴电子票内容。',
  NO_CAMERA: '未找到摄像头。请连接摄像头，或使用扫码枪、粘贴电子票内容。',
  DENIED: '摄像头权限被拒绝。请在浏览器地址栏的网站设置中允许使用摄像头后重试（需 HTTPS）。',
  FAILED: '摄像头无法启动（可能被其他程序占用），请重试或使用扫码枪。',
};
